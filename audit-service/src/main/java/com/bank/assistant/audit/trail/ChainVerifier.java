package com.bank.assistant.audit.trail;

import java.util.List;

/**
 * Walks a conversation's records in sequence order and recomputes every link, so that an
 * edited, deleted or reordered record is found.
 */
public final class ChainVerifier {

	private ChainVerifier() {
	}

	/**
	 * Verifies {@code records}, as stored in sequence order, against the chain's head.
	 */
	public static Verification verify(ChainHead head, List<AuditRecord> records) {
		String previous = ChainHash.GENESIS;
		int checked = 0;
		for (AuditRecord record : records) {
			BrokenRecord broken = check(record, previous, checked + 1);
			if (broken != null) {
				return Verification.broken(head.conversationId(), checked, broken);
			}
			previous = record.hash();
			checked++;
		}
		BrokenRecord end = checkEnd(head, checked, previous);
		return (end != null) ? Verification.broken(head.conversationId(), checked, end)
				: Verification.intact(head.conversationId(), checked);
	}

	private static BrokenRecord check(AuditRecord record, String previous, long expectedSequence) {
		String expected = record.hashAfter(previous);
		if (record.sequence() != expectedSequence) {
			return broken(record, "expected sequence " + expectedSequence + " here", expected);
		}
		if (!previous.equals(record.previousHash())) {
			return broken(record, "does not link to the record before it", expected);
		}
		if (!expected.equals(record.hash())) {
			return broken(record, "content does not match its hash", expected);
		}
		return null;
	}

	private static BrokenRecord checkEnd(ChainHead head, long lastSequence, String lastHash) {
		if (head.lastSequence() == lastSequence && head.lastHash().equals(lastHash)) {
			return null;
		}
		return new BrokenRecord(null, head.lastSequence(),
				"chain head expects sequence " + head.lastSequence() + " but the trail ends at " + lastSequence,
				head.lastHash(), lastHash);
	}

	private static BrokenRecord broken(AuditRecord record, String reason, String expected) {
		return new BrokenRecord(record.event().eventId(), record.sequence(), reason, expected, record.hash());
	}

}
