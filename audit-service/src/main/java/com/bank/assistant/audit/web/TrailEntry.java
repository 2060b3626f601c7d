package com.bank.assistant.audit.web;

import java.time.Instant;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditedEvent;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One record of a trail as the endpoint shows it, with the envelope as a JSON object.
 *
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
 * @param envelope the envelope as published
 */
record TrailEntry(long sequence, String eventId, String type, int schemaVersion, String customerId,
		String correlationId, String causationId, Instant occurredAt, String topic, int partition, long offset,
		Instant ingestedAt, String previousHash, String hash, @JsonRawValue String envelope) {

	static TrailEntry of(AuditRecord record) {
		AuditedEvent event = record.event();
		return new TrailEntry(record.sequence(), event.eventId(), event.type(), event.schemaVersion(),
				event.customerId(), event.correlationId(), event.causationId(), event.occurredAt(),
				event.position().topic(), event.position().partition(), event.position().offset(), record.ingestedAt(),
				record.previousHash(), record.hash(), event.envelopeJson());
	}

}
