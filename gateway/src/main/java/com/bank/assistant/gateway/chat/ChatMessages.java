package com.bank.assistant.gateway.chat;

import java.time.Instant;

import com.bank.assistant.contracts.event.MessageReceived;
import reactor.core.publisher.Mono;

/** Port: publishes a customer's message as the first event of a turn. */
public interface ChatMessages {

	/**
	 * The message's id once the broker has acknowledged it, or a
	 * {@link MessageNotAcceptedException}.
	 */
	Mono<MessageId> publish(Conversation conversation, Instant deadline, MessageReceived message);

}
