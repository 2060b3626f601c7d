package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.ids.ConversationId;
import reactor.core.publisher.Mono;

/** Port: where conversations and their owners are registered. */
public interface Conversations {

	/** Registers a new conversation. */
	Mono<Void> register(Conversation conversation);

	/** The conversation, empty if unknown or expired; finding it renews its lifetime. */
	Mono<Conversation> find(ConversationId id);

}
