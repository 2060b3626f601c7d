package com.bank.assistant.transfer.dialog;

/** What moves the dialog's machine: the customer's intents and the ledger's outcomes. */
public enum DialogEvent {

	/**
	 * The customer described (part of) a transfer: the slot frame changed or was read.
	 */
	DESCRIBE,

	/** Yes. */
	AFFIRM,

	/** No, that is wrong. */
	DENY,

	/** Drop the transfer. */
	CANCEL,

	/** Anything else: a question answered without changing the dialog's state. */
	ASK,

	/** The confirmation was left unanswered for longer than allowed. */
	TIMEOUT,

	/** The ledger moved the money (or scheduled it). */
	EXECUTED,

	/** The ledger refused by a Pix rule. */
	REFUSED,

	/** The ledger refused for lack of funds: the customer may pick another amount. */
	INSUFFICIENT_FUNDS,

	/** The ledger could not be reached; nothing moved. */
	UNAVAILABLE

}
