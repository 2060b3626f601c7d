package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.bank.assistant.audit.pii.PiiMasking;
import com.bank.assistant.audit.pii.PiiVault;
import com.bank.assistant.audit.pii.Sealed;

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
 * @param envelopeJson the envelope as JSON text: as published until {@link #sealedWith},
 * then its masked general view
 * @param pii the envelope as published, sealed; null before sealing (and in records kept
 * before masking existed, whose envelope is the clear one)
 */
public record AuditedEvent(String eventId, String conversationId, String type, int schemaVersion, String customerId,
		String correlationId, String causationId, Instant occurredAt, EventPosition position, String envelopeJson,
		Sealed pii) {

	/** Rejects an event that cannot be chained and keeps the time the store can hold. */
	public AuditedEvent {
		required(eventId, "an event id");
		required(conversationId, "a conversation id");
		required(type, "a type");
		required(position, "a position");
		required(envelopeJson, "a body");
		occurredAt = (occurredAt != null) ? occurredAt.truncatedTo(ChronoUnit.MICROS) : null;
	}

	/** An event as read from a topic, not yet sealed. */
	public AuditedEvent(String eventId, String conversationId, String type, int schemaVersion, String customerId,
			String correlationId, String causationId, Instant occurredAt, EventPosition position, String envelopeJson) {
		this(eventId, conversationId, type, schemaVersion, customerId, correlationId, causationId, occurredAt, position,
				envelopeJson, null);
	}

	/**
	 * The event as the trail stores it: the masked envelope in the clear, the published
	 * one sealed by {@code vault}.
	 */
	public AuditedEvent sealedWith(PiiVault vault) {
		return withEnvelope(PiiMasking.mask(this.envelopeJson), vault.seal(this.envelopeJson, this.eventId));
	}

	/** The same event with another envelope and seal. */
	public AuditedEvent withEnvelope(String json, Sealed sealed) {
		return new AuditedEvent(this.eventId, this.conversationId, this.type, this.schemaVersion, this.customerId,
				this.correlationId, this.causationId, this.occurredAt, this.position, json, sealed);
	}

	private static void required(Object value, String what) {
		if (value == null || "".equals(value)) {
			throw new IllegalArgumentException("An audited event needs " + what);
		}
	}

}
