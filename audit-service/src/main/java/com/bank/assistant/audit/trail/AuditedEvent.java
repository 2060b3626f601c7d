package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A readable event about to join its conversation's chain.
 *
 * @param eventId the envelope's id, unique across all events
 * @param conversationId the conversation whose chain it joins
 * @param type the envelope's event type
 * @param schemaVersion the version of the data's schema
 * @param customerId the customer, or null
 * @param correlationId the turn's correlation id, or null
 * @param causationId the id of the event it answers, or null
 * @param occurredAt the envelope's time, in microseconds (what the store keeps), or null
 * @param position where it was read from
 * @param envelopeJson the envelope exactly as it was published, as JSON text
 */
public record AuditedEvent(String eventId, String conversationId, String type, int schemaVersion, String customerId,
		String correlationId, String causationId, Instant occurredAt, EventPosition position, String envelopeJson) {

	/** Rejects an event that cannot be chained and keeps the time the store can hold. */
	public AuditedEvent {
		required(eventId, "an event id");
		required(conversationId, "a conversation id");
		required(type, "a type");
		required(position, "a position");
		required(envelopeJson, "a body");
		occurredAt = (occurredAt != null) ? occurredAt.truncatedTo(ChronoUnit.MICROS) : null;
	}

	private static void required(Object value, String what) {
		if (value == null || "".equals(value)) {
			throw new IllegalArgumentException("An audited event needs " + what);
		}
	}

}
