package com.bank.assistant.transfer.dialog;

/**
 * The dialog manager: decides the reply and the transfer events of one message from the
 * conversation's state.
 */
public interface TransferDialog {

	/** The outcome of this turn, starting from this state. */
	TurnResult respond(ConversationState state, Turn turn);

}
