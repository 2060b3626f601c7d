package com.bank.assistant.localstack.bench;

/**
 * One simulated customer's view of the assistant: open a conversation, send a message and
 * wait for its reply. Implementations report a failed turn with {@link TurnFailure}.
 */
public interface TurnClient {

	/** Opens a new conversation and returns its id. */
	String startConversation() throws InterruptedException;

	/** Sends one message and returns the assistant's reply. */
	Reply say(String conversationId, String text) throws InterruptedException;

}
