package com.bank.assistant.messaging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Makes the envelopes one service publishes: a turn's first event, or an event caused by
 * another, which inherits the conversation, customer, correlation, deadline and model
 * cost so far.
 */
public final class EventSource {

	private final String source;

	private final Clock clock;

	/** Envelopes stamped as coming from {@code /serviceName}. */
	public EventSource(String serviceName, Clock clock) {
		this.source = "/" + serviceName;
		this.clock = clock;
	}

	/** The first event of a turn: a customer's message. */
	public Envelope first(ConversationId conversation, CustomerId customer, Instant deadline, AssistantEvent data) {
		String id = UUID.randomUUID().toString();
		return envelope(id, conversation, customer, id, null, deadline, BigDecimal.ZERO, data);
	}

	/** An event caused by {@code cause}, in the same turn. */
	public Envelope next(Envelope cause, AssistantEvent data) {
		return envelope(UUID.randomUUID().toString(), cause.conversationid(), cause.customerid(), cause.correlationid(),
				cause.id(), cause.deadline(), cause.modelCostSoFar(), data);
	}

	/**
	 * An event caused by {@code cause} after a model step, whose cost is added to the
	 * turn's.
	 */
	public Envelope next(Envelope cause, AssistantEvent data, ModelUsage step) {
		return envelope(UUID.randomUUID().toString(), cause.conversationid(), cause.customerid(), cause.correlationid(),
				cause.id(), cause.deadline(), cause.modelCostSoFar().add(step.cost()), data);
	}

	/**
	 * The envelope as a message keyed by its conversation, so that a conversation stays
	 * in one partition. The key is UTF-8 bytes for the binder's byte-array key
	 * serializer, which the dead-letter producer shares.
	 */
	public static Message<Envelope> keyed(Envelope envelope) {
		return MessageBuilder.withPayload(envelope)
			.setHeader(KafkaHeaders.KEY, envelope.conversationid().value().getBytes(StandardCharsets.UTF_8))
			.setHeader("contentType", Envelope.CONTENT_TYPE)
			.build();
	}

	private Envelope envelope(String id, ConversationId conversation, CustomerId customer, String correlation,
			String causation, Instant deadline, BigDecimal spent, AssistantEvent data) {
		String type = typeOf(data);
		return new Envelope(Envelope.SPEC_VERSION, id, this.source, type, conversation.value(), this.clock.instant(),
				"application/json", EventTypes.SCHEMA_VERSIONS.get(type), conversation, customer, correlation,
				causation, deadline, spent.toPlainString(), data);
	}

	private static String typeOf(AssistantEvent data) {
		return EventTypes.DATA_CLASSES.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(data.getClass()))
			.map(java.util.Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No event type for " + data.getClass()));
	}

}
