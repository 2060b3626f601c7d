package com.bank.assistant.audit.trail;

import java.util.Optional;
import java.util.function.Function;

/** Where the chains are kept; the store owns transactions and the per-chain lock. */
public interface TrailStore {

	/**
	 * Locks the chain of the event's conversation, asks {@code link} for the record that
	 * extends it, and stores that record and the new head in one transaction.
	 * @return false, storing nothing, if an event with the same id is already recorded
	 */
	boolean append(AuditedEvent event, Function<ChainHead, AuditRecord> link);

	/**
	 * A conversation's head and records, read from one snapshot, if the conversation has
	 * a chain.
	 */
	Optional<ConversationChain> chain(String conversationId);

	/**
	 * Keeps bytes that cannot be chained; reading the same position again adds nothing.
	 */
	void quarantine(UnreadableEvent event);

}
