package com.bank.assistant.gate;

import java.util.Locale;

/** Why the gate decided as it did; written in decisions as a stable lower-case code. */
public enum Reason {

	/** Every rule holds. */
	WITHIN_LIMITS,

	/** Spent plus estimate exceeds the transaction value times the ratio. */
	COST_ABOVE_VALUE,

	/** Spent plus estimate exceeds the per-turn cap while the value is unknown. */
	TURN_CAP,

	/** The tier's p95 plus the margin does not fit before the deadline. */
	DEADLINE,

	/** The customer's budget for the period would be exceeded. */
	CUSTOMER_BUDGET,

	/** The total budget for the period would be exceeded. */
	TOTAL_BUDGET,

	/** No rules were ever received. */
	RULES_UNAVAILABLE,

	/** The last rules are older than the gate accepts for a paid tier. */
	RULES_STALE,

	/** The tier is not in the catalog, or not switched on. */
	TIER_UNAVAILABLE,

	/** A paid tier was asked for where no budget store is configured. */
	BUDGET_UNAVAILABLE;

	/** The code decisions carry, such as {@code cost_above_value}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
