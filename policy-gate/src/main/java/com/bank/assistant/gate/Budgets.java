package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.ids.CustomerId;

/** The spending counters of the paid tiers, per customer and in total, per period. */
public interface Budgets {

	/**
	 * Reserves {@code amount} for one step if both budgets of the current period still
	 * hold it; reserves nothing otherwise.
	 */
	Reason reserve(CustomerId customer, BigDecimal amount, GateRules rules, Instant now);

	/**
	 * Replaces a reservation by what the step really cost (zero when it never ran).
	 */
	void settle(CustomerId customer, BigDecimal reserved, BigDecimal actual, GateRules rules, Instant now);

}
