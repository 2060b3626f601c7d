package com.bank.assistant.transfer.dialog;

/** The outbox of announcements the ledger wrote with its transfers. */
public interface Announcements {

	/** Publishes every announcement not yet published, in the order written. */
	void publishPending();

}
