package com.bank.assistant.gateway.messaging;

import java.time.Instant;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.gateway.chat.ChatMessages;
import com.bank.assistant.gateway.chat.Conversation;
import com.bank.assistant.gateway.chat.MessageId;
import com.bank.assistant.gateway.chat.MessageNotAcceptedException;
import com.bank.assistant.messaging.EventSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Publishes a customer's message to {@code assistant.chat.messages}, keyed by
 * conversation. The binding is synchronous ({@code producer.sync}), so a send returns
 * only once Kafka has acknowledged it; it runs off the event loop.
 */
@Component
class KafkaChatMessages implements ChatMessages {

	/** The output binding, configured in {@code application.yml}. */
	static final String BINDING = "chatMessages-out-0";

	private final EventSource events;

	private final StreamBridge bridge;

	KafkaChatMessages(EventSource events, StreamBridge bridge) {
		this.events = events;
		this.bridge = bridge;
		// Sent on the caller's thread, so that a failed send reaches the caller.
		this.bridge.setAsync(false);
	}

	@Override
	public Mono<MessageId> publish(Conversation conversation, Instant deadline, MessageReceived message) {
		Envelope envelope = this.events.first(conversation.id(), conversation.customer(), deadline, message);
		return Mono.fromCallable(() -> send(envelope))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap((ex) -> !(ex instanceof MessageNotAcceptedException),
					(ex) -> new MessageNotAcceptedException("Kafka did not acknowledge the message", ex));
	}

	private MessageId send(Envelope envelope) {
		if (!this.bridge.send(BINDING, EventSource.keyed(envelope))) {
			throw new MessageNotAcceptedException("Kafka did not take the message", null);
		}
		return new MessageId(envelope.id());
	}

}
