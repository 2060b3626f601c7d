package com.bank.assistant.transfer.dialog;

/** What a transaction PIN entered for a conversation's pending transfer came to. */
public enum StepUpResult {

	/** The PIN is right: a yes in the chat now executes the transfer. */
	PASSED,

	/** The PIN is wrong; the customer may try again. */
	WRONG_PIN,

	/** Too many wrong PINs for this transfer: it can no longer be authorized. */
	LOCKED,

	/** The conversation has no transfer of this customer waiting for a PIN. */
	NOTHING_PENDING

}
