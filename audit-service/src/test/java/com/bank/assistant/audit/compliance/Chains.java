package com.bank.assistant.audit.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditedEvent;
import com.bank.assistant.audit.trail.ChainHead;
import com.bank.assistant.audit.trail.EventPosition;

/** One conversation's chain as the trail builds it, for the checks' tests. */
final class Chains {

	private Chains() {
	}

	/** The envelopes chained in order, each record's type read from its envelope. */
	static List<AuditRecord> of(String... envelopes) {
		List<AuditRecord> records = new ArrayList<>();
		ChainHead head = ChainHead.empty("c-1");
		for (String envelope : envelopes) {
			String type = envelope.replaceAll(".*\"type\":\"([^\"]+)\".*", "$1");
			AuditedEvent event = new AuditedEvent("e-" + (records.size() + 1), "c-1", type, 1, null, null, null,
					Instant.now(), new EventPosition("assistant.topic", 0, records.size()), envelope);
			AuditRecord record = AuditRecord.chained(head, event, Instant.now());
			records.add(record);
			head = new ChainHead("c-1", record.sequence(), record.hash());
		}
		return records;
	}

}
