package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Chains of audit records as the trail would build them, for the chain's tests. */
final class TrailMother {

	static final String CONVERSATION = "c-7f3a";

	private static final Instant START = Instant.parse("2026-03-16T13:00:00.123456Z");

	private TrailMother() {
	}

	/**
	 * A customer message, its intent and the assistant's reply, chained in that order.
	 */
	static List<AuditRecord> threeEventTurn() {
		List<AuditRecord> records = new ArrayList<>();
		ChainHead head = ChainHead.empty(CONVERSATION);
		for (String type : List.of("MessageReceived", "IntentDetected", "AssistantReplied")) {
			AuditRecord record = AuditRecord.chained(head, event(records.size() + 1, type),
					START.plusMillis(records.size()));
			records.add(record);
			head = new ChainHead(CONVERSATION, record.sequence(), record.hash());
		}
		return records;
	}

	static ChainHead headOf(List<AuditRecord> records) {
		AuditRecord last = records.get(records.size() - 1);
		return new ChainHead(CONVERSATION, last.sequence(), last.hash());
	}

	static AuditedEvent event(int number, String type) {
		String id = "event-" + number;
		String json = "{\"id\":\"" + id + "\",\"type\":\"com.bank.assistant." + type
				+ "\",\"conversationid\":\"c-7f3a\",\"data\":{\"confidence\":0.97,\"text\":\"transfere 20 reais\"}}";
		return new AuditedEvent(id, CONVERSATION, "com.bank.assistant." + type, 1, "demo", "event-1",
				(number > 1) ? "event-" + (number - 1) : null, START, new EventPosition("assistant.topic", 0, number),
				json);
	}

	static AuditRecord withEnvelope(AuditRecord record, String json) {
		AuditedEvent event = record.event();
		AuditedEvent edited = new AuditedEvent(event.eventId(), event.conversationId(), event.type(),
				event.schemaVersion(), event.customerId(), event.correlationId(), event.causationId(),
				event.occurredAt(), event.position(), json);
		return new AuditRecord(edited, record.sequence(), record.ingestedAt(), record.previousHash(), record.hash());
	}

	static AuditRecord withSequence(AuditRecord record, long sequence) {
		return new AuditRecord(record.event(), sequence, record.ingestedAt(), record.previousHash(), record.hash());
	}

}
