package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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

	/**
	 * Every conversation with a chain head or a record, so that a record whose head was
	 * deleted is still found.
	 */
	List<String> conversationIds();

	/** The matching records, by time of occurrence, then conversation and sequence. */
	List<AuditRecord> find(RecordQuery query);

	/**
	 * Hands the matching records to {@code sink} one by one, in conversation and sequence
	 * order, without holding them all in memory.
	 */
	void export(RecordQuery query, Consumer<AuditRecord> sink);

	/** How many matching records carry each {@code data.reason} code. */
	Map<String, Long> countByReason(RecordQuery query);

	/**
	 * The matching records that carry a policy gate BLOCK in {@code data.decisions}, the
	 * query's reason being the decision's; each blocked step of a turn once, at the first
	 * record carrying its decision (a later step carries it forward). By time of
	 * occurrence, then conversation and sequence.
	 */
	List<AuditRecord> findGateBlocks(RecordQuery query);

	/**
	 * How many blocked steps (each step of a turn once) each policy gate reason has among
	 * the matching records.
	 */
	Map<String, Long> countGateBlocksByReason(RecordQuery query);

	/**
	 * Deletes every conversation whose chain last grew before {@code cutoff}, whole
	 * chains only; how many conversations went.
	 */
	int purgeChainsIdleSince(Instant cutoff);

}
