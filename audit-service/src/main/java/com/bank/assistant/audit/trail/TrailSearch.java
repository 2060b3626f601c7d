package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.bank.assistant.contracts.EventTypes;

/**
 * The questions compliance asks across conversations: a customer's transfers in a period,
 * the refusals and blocks by reason, the export of a period.
 */
public final class TrailSearch {

	/** The types of a transfer's lifecycle. */
	public static final Set<String> TRANSFER_TYPES = Set.of(EventTypes.TRANSFER_CONFIRMATION_REQUESTED,
			EventTypes.TRANSFER_CONFIRMED, EventTypes.TRANSFER_EXECUTED, EventTypes.TRANSFER_REFUSED);

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

	/** The refusals and blocks of the period, of one reason or all when it is null. */
	public List<AuditRecord> blocks(String reason, Instant from, Instant to) {
		return this.store.find(RecordQuery.period(from, to).ofTypes(this.blockTypes).withReason(reason));
	}

	/** How many refusals and blocks of the period each reason has. */
	public Map<String, Long> blockReasons(Instant from, Instant to) {
		return this.store.countByReason(RecordQuery.period(from, to).ofTypes(this.blockTypes));
	}

	/** Hands every matching record to {@code sink}, conversation by conversation. */
	public void export(RecordQuery query, Consumer<AuditRecord> sink) {
		this.store.export(query, sink);
	}

}
