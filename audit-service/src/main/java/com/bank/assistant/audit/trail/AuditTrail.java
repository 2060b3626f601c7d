package com.bank.assistant.audit.trail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The trail's use cases: ingest an event, read a conversation's trail, verify it. */
public final class AuditTrail {

	private final TrailStore store;

	private final Clock clock;

	/** A trail kept in {@code store}, stamped with {@code clock}'s time. */
	public AuditTrail(TrailStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Appends the event to its conversation's chain unless it is already there. */
	public Ingestion ingest(AuditedEvent event) {
		boolean appended = this.store.append(event, (head) -> AuditRecord.chained(head, event, this.clock.instant()));
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

}
