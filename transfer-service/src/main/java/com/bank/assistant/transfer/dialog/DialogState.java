package com.bank.assistant.transfer.dialog;

/** Where a conversation's transfer dialog stands: the states of the dialog's machine. */
public enum DialogState {

	/** Nothing in progress. */
	IDLE,

	/**
	 * A transfer is being described; something is still missing, invalid or ambiguous.
	 */
	COLLECTING,

	/** The exact transfer was put to the customer, who has not answered yet. */
	AWAITING_CONFIRMATION,

	/** The customer confirmed; a second factor (the transaction PIN) is still needed. */
	STEP_UP,

	/** The confirmed transfer is being executed on the ledger. */
	EXECUTING,

	/** The transfer was executed or scheduled; the next message starts afresh. */
	COMPLETED,

	/** The customer abandoned the transfer; the next message starts afresh. */
	CANCELLED,

	/** The ledger refused the transfer (a Pix rule); the next message starts afresh. */
	FAILED,

	/** The confirmation went unanswered too long; a yes now asks again. */
	EXPIRED;

	/** Whether the next message starts a new dialog. */
	public boolean finished() {
		return this == COMPLETED || this == CANCELLED || this == FAILED;
	}

	/** Whether a confirmed or to-be-confirmed transfer is pending. */
	public boolean pending() {
		return this == AWAITING_CONFIRMATION || this == STEP_UP;
	}

}
