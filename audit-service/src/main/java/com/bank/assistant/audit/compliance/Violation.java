package com.bank.assistant.audit.compliance;

import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.audit.trail.AuditRecord;

/**
 * One breach of a check, with the records that show it.
 *
 * @param conversationId the conversation it was found in
 * @param eventId the offending record's event id, or null when a record is missing
 * @param sequence the offending record's place in its chain, or the place of the missing
 * one
 * @param reason what is wrong, in words
 * @param records the records involved, as stored (masked)
 */
public record Violation(String conversationId, String eventId, long sequence, String reason,
		List<AuditRecord> records) {

	/** Keeps the records immutable. */
	public Violation {
		records = List.copyOf(records);
	}

	/** A violation shown by one record. */
	static Violation of(AuditRecord record, String reason, AuditRecord... others) {
		List<AuditRecord> all = new ArrayList<>(List.of(record));
		all.addAll(List.of(others));
		return new Violation(record.event().conversationId(), record.event().eventId(), record.sequence(), reason, all);
	}

}
