package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.TierFigures;

/**
 * The rules on one step, in order: fresh rules for a paid tier, cost against value (or
 * the per-turn cap), deadline, then the budgets (paid tiers only, reserved atomically).
 */
final class RuleCheck {

	private final GateRules rules;

	private final TierFigures tier;

	private final StepRequest request;

	private final long remainingMillis;

	private final Budgets budgets;

	private final Verdict verdict;

	private final boolean paid;

	RuleCheck(RulesSnapshot snapshot, TierFigures tier, StepRequest request, long remainingMillis, Budgets budgets) {
		this.rules = snapshot.rules();
		this.tier = tier;
		this.request = request;
		this.remainingMillis = remainingMillis;
		this.budgets = budgets;
		this.verdict = new Verdict(snapshot, request, remainingMillis);
		this.paid = PolicyGate.isPaid(request, snapshot);
	}

	PolicyDecision decide(Instant now, boolean stale) {
		BigDecimal estimate = TierPricing.cost(this.tier, this.request.inputTokens(), this.request.outputTokens());
		long p95 = this.tier.p95Millis();
		if (stale && this.paid) {
			return this.verdict.block(Reason.RULES_STALE, estimate, p95);
		}
		Reason broken = costRule(estimate);
		if (broken == null) {
			broken = deadlineRule(p95);
		}
		if (broken == null && this.paid) {
			broken = budgetRule(estimate, now);
		}
		return (broken != null) ? this.verdict.block(broken, estimate, p95) : this.verdict.allow(estimate, p95);
	}

	private Reason costRule(BigDecimal estimate) {
		BigDecimal value = this.request.transactionValue();
		BigDecimal limit = (value != null) ? value.multiply(this.rules.valueRatio()) : this.rules.perTurnCap();
		if (this.request.spent().add(estimate).compareTo(limit) <= 0) {
			return null;
		}
		return (value != null) ? Reason.COST_ABOVE_VALUE : Reason.TURN_CAP;
	}

	private Reason deadlineRule(long p95) {
		if (this.request.deadline() == null) {
			return null;
		}
		return (p95 + this.rules.deadlineMarginMillis() <= this.remainingMillis) ? null : Reason.DEADLINE;
	}

	private Reason budgetRule(BigDecimal estimate, Instant now) {
		Reason reason = this.budgets.reserve(this.request.customer(), estimate, this.rules, now);
		return (reason == Reason.WITHIN_LIMITS) ? null : reason;
	}

}
