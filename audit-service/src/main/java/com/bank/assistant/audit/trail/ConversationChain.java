package com.bank.assistant.audit.trail;

import java.util.List;

/**
 * A conversation's chain as read at one moment: its head and its records in sequence
 * order.
 *
 * @param head the chain's head
 * @param records the records, ordered by sequence number
 */
public record ConversationChain(ChainHead head, List<AuditRecord> records) {

	/** Walks the chain and reports the first record that does not verify. */
	public Verification verify() {
		return ChainVerifier.verify(this.head, this.records);
	}

}
