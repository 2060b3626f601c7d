package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * The budgets of a service that runs only in-process tiers and keeps no budget store
 * (intent-service has no Redis): a paid step asked for there is refused, never run
 * unaccounted.
 */
public final class NoBudgets implements Budgets {

	@Override
	public Reason reserve(CustomerId customer, BigDecimal amount, GateRules rules, Instant now) {
		return Reason.BUDGET_UNAVAILABLE;
	}

	@Override
	public void settle(CustomerId customer, BigDecimal reserved, BigDecimal actual, GateRules rules, Instant now) {
		// Nothing was reserved.
	}

}
