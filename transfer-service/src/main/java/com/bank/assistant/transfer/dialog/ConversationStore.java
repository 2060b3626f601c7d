package com.bank.assistant.transfer.dialog;

import java.util.Optional;

import com.bank.assistant.contracts.ids.ConversationId;

/** Keeps each conversation's dialog state between messages. */
public interface ConversationStore {

	/** The conversation's state, or empty if it has none or it expired. */
	Optional<ConversationState> load(ConversationId conversation);

	/** Keeps the conversation's state, replacing the previous one. */
	void save(ConversationId conversation, ConversationState state);

}
