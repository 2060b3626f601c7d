package com.bank.assistant.audit.trail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.audit.pii.PiiVault;

/**
 * The trail's use cases: ingest an event (masked, with its clear form sealed), read a
 * conversation's trail, verify it, reveal a record's clear form, purge expired chains.
 */
public final class AuditTrail {

	private final TrailStore store;

	private final Clock clock;

	private final PiiVault vault;

	/**
	 * A trail kept in {@code store}, stamped with {@code clock}'s time, sealing personal
	 * data with {@code vault}.
	 */
	public AuditTrail(TrailStore store, Clock clock, PiiVault vault) {
		this.store = store;
		this.clock = clock;
		this.vault = vault;
	}

	/** Appends the event to its conversation's chain unless it is already there. */
	public Ingestion ingest(AuditedEvent event) {
		AuditedEvent sealed = event.sealedWith(this.vault);
		boolean appended = this.store.append(sealed, (head) -> AuditRecord.chained(head, sealed, this.clock.instant()));
		return appended ? Ingestion.APPENDED : Ingestion.DUPLICATE;
	}

	/** Keeps bytes that are not a chainable event, so that none is lost silently. */
	public Ingestion quarantine(UnreadableEvent event) {
		this.store.quarantine(event);
		return Ingestion.QUARANTINED;
	}

	/** The conversation's records in order, or empty when it has no chain. */
	public Optional<List<AuditRecord>> trail(String conversationId) {
		return this.store.chain(conversationId).map(ConversationChain::records);
	}

	/** Walks the conversation's chain, or empty when it has none. */
	public Optional<Verification> verify(String conversationId) {
		return this.store.chain(conversationId).map(ConversationChain::verify);
	}

	/**
	 * The envelope as published: opened from its seal, or as stored for a record kept
	 * before sealing existed.
	 */
	public String clearEnvelope(AuditRecord record) {
		AuditedEvent event = record.event();
		return (event.pii() != null) ? this.vault.open(event.pii(), event.eventId()) : event.envelopeJson();
	}

	/**
	 * Deletes the conversations whose chains have not grown for {@code retention}; how
	 * many went.
	 */
	public int purgeOlderThan(Duration retention) {
		return this.store.purgeChainsIdleSince(this.clock.instant().minus(retention));
	}

}
