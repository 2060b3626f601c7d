package com.bank.assistant.localstack.bench;

/**
 * What the simulated customers say: each conversation is a new {@link Conversation} that
 * decides the next message from the assistant's last reply.
 */
public interface Script {

	/** A new conversation of this customer. */
	Conversation start(String customer, int index);

	/** One simulated conversation, from the customer's side. */
	interface Conversation {

		/** The first message. */
		Step opening();

		/** What to do after this reply. */
		Step next(Reply reply);

	}

}
