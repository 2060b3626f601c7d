package com.bank.assistant.transfer.dialog;

/** Where a conversation's transfer dialog stands. */
public enum DialogState {

	/** Nothing in progress. */
	IDLE,

	/** A transfer is being described; something is still missing or ambiguous. */
	COLLECTING,

	/** The exact transfer was put to the customer, who has not answered yet. */
	AWAITING_CONFIRMATION,

	/** The transfer was executed; the next message starts afresh. */
	COMPLETED,

	/** The customer abandoned the transfer; the next message starts afresh. */
	CANCELLED;

	/** Whether the next message starts a new dialog. */
	public boolean finished() {
		return this == COMPLETED || this == CANCELLED;
	}

}
