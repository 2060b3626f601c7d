package com.bank.assistant.audit.web;

import java.time.Instant;

import com.bank.assistant.audit.pii.PiiMasking;
import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditedEvent;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One record of a trail as the endpoint shows it, with the envelope as a JSON object.
 *
 * @param conversationId the conversation
 * @param sequence place in the conversation's chain
 * @param eventId the envelope's id
 * @param type the event type
 * @param schemaVersion the data's schema version
 * @param customerId the customer
 * @param correlationId the turn's correlation id
 * @param causationId the id of the event it answers
 * @param occurredAt the envelope's time
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset
 * @param ingestedAt when the trail recorded it
 * @param previousHash the hash of the record before it
 * @param hash this record's hash
 * @param view {@code masked} (the general view) or {@code clear} (scope audit.pii)
 * @param envelope the envelope in that view
 */
record TrailEntry(String conversationId, long sequence, String eventId, String type, int schemaVersion,
		String customerId, String correlationId, String causationId, Instant occurredAt, String topic, int partition,
		long offset, Instant ingestedAt, String previousHash, String hash, String view, @JsonRawValue String envelope) {

	/** The record in the general view, as stored. */
	static TrailEntry of(AuditRecord record) {
		// A record kept before sealing existed has no masked form; the general view never
		// shows it in clear.
		String envelope = (record.event().pii() != null) ? record.event().envelopeJson()
				: PiiMasking.mask(record.event().envelopeJson());
		return of(record, envelope, "masked");
	}

	/** The record showing {@code envelope} in {@code view}. */
	static TrailEntry of(AuditRecord record, String envelope, String view) {
		AuditedEvent event = record.event();
		return new TrailEntry(event.conversationId(), record.sequence(), event.eventId(), event.type(),
				event.schemaVersion(), event.customerId(), event.correlationId(), event.causationId(),
				event.occurredAt(), event.position().topic(), event.position().partition(), event.position().offset(),
				record.ingestedAt(), record.previousHash(), record.hash(), view, envelope);
	}

}
