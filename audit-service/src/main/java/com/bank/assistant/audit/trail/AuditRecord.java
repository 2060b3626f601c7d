package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One event as the trail keeps it: its place in the chain and the hashes that bind it
 * there.
 *
 * @param event the event
 * @param sequence its place in the conversation's chain, from 1
 * @param ingestedAt when the trail recorded it, in microseconds
 * @param previousHash the hash of the record before it, or {@link ChainHash#GENESIS}
 * @param hash SHA-256 of {@code previousHash} and this record's canonical form
 */
public record AuditRecord(AuditedEvent event, long sequence, Instant ingestedAt, String previousHash, String hash) {

	/** The record that extends the chain ending at {@code head} with {@code event}. */
	public static AuditRecord chained(ChainHead head, AuditedEvent event, Instant ingestedAt) {
		AuditRecord unsealed = new AuditRecord(event, head.lastSequence() + 1,
				ingestedAt.truncatedTo(ChronoUnit.MICROS), head.lastHash(), null);
		return new AuditRecord(event, unsealed.sequence, unsealed.ingestedAt, head.lastHash(),
				unsealed.hashAfter(head.lastHash()));
	}

	/**
	 * The hash this record must have if the record before it hashes to {@code previous}.
	 */
	public String hashAfter(String previous) {
		return ChainHash.link(previous, CanonicalForm.of(this));
	}

}
