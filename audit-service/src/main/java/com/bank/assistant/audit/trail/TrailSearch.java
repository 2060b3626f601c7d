package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.bank.assistant.contracts.EventTypes;

/**
 * The questions compliance asks across conversations: a customer's transfers in a period,
 * the refusals and blocks by reason (the policy gate's among them), the export of a
 * period.
 */
public final class TrailSearch {

	/** The types of a transfer's lifecycle. */
	public static final Set<String> TRANSFER_TYPES = Set.of(EventTypes.TRANSFER_CONFIRMATION_REQUESTED,
			EventTypes.TRANSFER_CONFIRMED, EventTypes.TRANSFER_EXECUTED, EventTypes.TRANSFER_REFUSED);

	private static final Comparator<AuditRecord> IN_TIME = Comparator
		.comparing((AuditRecord record) -> record.event().occurredAt(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((record) -> record.event().conversationId())
		.thenComparingLong(AuditRecord::sequence);

	private final TrailStore store;

	private final Set<String> blockTypes;

	/**
	 * Searches {@code store}; {@code blockTypes} are the event types that refuse or block
	 * something with a {@code data.reason}.
	 */
	public TrailSearch(TrailStore store, Set<String> blockTypes) {
		this.store = store;
		this.blockTypes = Set.copyOf(blockTypes);
	}

	/** The customer's transfer events that occurred in [from, to). */
	public List<AuditRecord> transfers(String customerId, Instant from, Instant to) {
		return this.store.find(RecordQuery.period(from, to).ofCustomer(customerId).ofTypes(TRANSFER_TYPES));
	}

	/**
	 * The refusals and the policy gate's blocks of the period, of one reason or all when
	 * it is null, by time.
	 */
	public List<AuditRecord> blocks(String reason, Instant from, Instant to) {
		RecordQuery query = RecordQuery.period(from, to).withReason(reason);
		return Stream
			.concat(this.store.find(query.ofTypes(this.blockTypes)).stream(), this.store.findGateBlocks(query).stream())
			.sorted(IN_TIME)
			.toList();
	}

	/**
	 * How many refusals and blocked model steps of the period each reason has.
	 */
	public Map<String, Long> blockReasons(Instant from, Instant to) {
		Map<String, Long> counts = new TreeMap<>(
				this.store.countByReason(RecordQuery.period(from, to).ofTypes(this.blockTypes)));
		this.store.countGateBlocksByReason(RecordQuery.period(from, to))
			.forEach((reason, count) -> counts.merge(reason, count, Long::sum));
		return counts;
	}

	/** Hands every matching record to {@code sink}, conversation by conversation. */
	public void export(RecordQuery query, Consumer<AuditRecord> sink) {
		this.store.export(query, sink);
	}

}
