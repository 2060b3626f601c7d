package com.bank.assistant.audit.trail;

import java.time.Instant;
import java.util.Set;

/**
 * Which records to read across conversations; a null or empty criterion matches all.
 *
 * @param conversationId only this conversation
 * @param customerId only this customer's records
 * @param types only these event types
 * @param from only events that occurred at or after this instant
 * @param to only events that occurred before this instant
 * @param reason only events whose {@code data.reason} is this code
 */
public record RecordQuery(String conversationId, String customerId, Set<String> types, Instant from, Instant to,
		String reason) {

	/** Keeps the types as an immutable set, empty meaning every type. */
	public RecordQuery {
		types = (types != null) ? Set.copyOf(types) : Set.of();
		if (from != null && to != null && !from.isBefore(to)) {
			throw new IllegalArgumentException("The period's start must come before its end");
		}
	}

	/** Every record of the period, of any conversation. */
	public static RecordQuery period(Instant from, Instant to) {
		return new RecordQuery(null, null, Set.of(), from, to, null);
	}

	/** The same query restricted to one conversation. */
	public RecordQuery inConversation(String conversation) {
		return new RecordQuery(conversation, this.customerId, this.types, this.from, this.to, this.reason);
	}

	/** The same query restricted to one customer. */
	public RecordQuery ofCustomer(String customer) {
		return new RecordQuery(this.conversationId, customer, this.types, this.from, this.to, this.reason);
	}

	/** The same query restricted to these types. */
	public RecordQuery ofTypes(Set<String> eventTypes) {
		return new RecordQuery(this.conversationId, this.customerId, eventTypes, this.from, this.to, this.reason);
	}

	/** The same query restricted to one reason code. */
	public RecordQuery withReason(String code) {
		return new RecordQuery(this.conversationId, this.customerId, this.types, this.from, this.to, code);
	}

}
