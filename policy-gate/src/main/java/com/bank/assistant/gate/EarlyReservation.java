package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * A paid step's budget reservation started as soon as the turn is known to need the step
 * (the small model was unsure), before its rules can be checked: the Redis round trip
 * then runs while the turn does its other work, and the decision only collects its
 * verdict. It is used by exactly one decision or released; a released reservation that
 * was booked is given back.
 */
public final class EarlyReservation {

	private final CustomerId customer;

	private final String tier;

	private final BigDecimal amount;

	private final GateRules rules;

	private final Instant at;

	private final CompletableFuture<Reason> verdict;

	private final Executor budgetCalls;

	private final AtomicBoolean taken = new AtomicBoolean();

	EarlyReservation(CustomerId customer, String tier, BigDecimal amount, GateRules rules, Instant at,
			CompletableFuture<Reason> verdict, Executor budgetCalls) {
		this.customer = customer;
		this.tier = tier;
		this.amount = amount;
		this.rules = rules;
		this.at = at;
		this.verdict = verdict;
		this.budgetCalls = budgetCalls;
	}

	/** The estimate being reserved, BRL. */
	public BigDecimal amount() {
		return this.amount;
	}

	/**
	 * Whether it reserves exactly what this decision would: the same customer, tier and
	 * estimate.
	 */
	boolean covers(CustomerId who, String forTier, BigDecimal estimate) {
		return this.customer.equals(who) && this.tier.equals(forTier) && this.amount.compareTo(estimate) == 0;
	}

	/**
	 * Budgets that answer a reservation this one covers with its verdict, and pass
	 * anything else to {@code budgets}.
	 */
	Budgets before(Budgets budgets, String forTier) {
		return new Budgets() {

			@Override
			public Reason reserve(CustomerId who, BigDecimal estimate, GateRules rules, Instant now) {
				return covers(who, forTier, estimate) ? take() : budgets.reserve(who, estimate, rules, now);
			}

			@Override
			public void settle(CustomerId who, BigDecimal reserved, BigDecimal actual, GateRules rules, Instant now) {
				budgets.settle(who, reserved, actual, rules, now);
			}

		};
	}

	/** The budgets' verdict, once; waits for the round trip if it has not come back. */
	Reason take() {
		if (!this.taken.compareAndSet(false, true)) {
			throw new IllegalStateException("An early reservation serves one decision");
		}
		return this.verdict.join();
	}

	/** Gives the reservation back unless a decision took it; nothing waits for Redis. */
	void release(Budgets budgets) {
		if (this.taken.compareAndSet(false, true)) {
			this.verdict.thenAcceptAsync((reason) -> {
				if (reason == Reason.WITHIN_LIMITS) {
					budgets.settle(this.customer, this.amount, BigDecimal.ZERO, this.rules, this.at);
				}
			}, this.budgetCalls);
		}
	}

}
