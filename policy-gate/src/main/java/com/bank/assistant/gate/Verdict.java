package com.bank.assistant.gate;

import java.math.BigDecimal;

import com.bank.assistant.contracts.event.PolicyDecision;

/** Writes the decisions on one request under one snapshot of the rules. */
final class Verdict {

	private final RulesSnapshot snapshot;

	private final StepRequest request;

	private final long remainingMillis;

	Verdict(RulesSnapshot snapshot, StepRequest request, long remainingMillis) {
		this.snapshot = snapshot;
		this.request = request;
		this.remainingMillis = remainingMillis;
	}

	PolicyDecision block(Reason reason, BigDecimal estimate, long p95Millis) {
		return decision(this.request.tier(), Outcome.BLOCK, reason, estimate, p95Millis);
	}

	PolicyDecision allow(BigDecimal estimate, long p95Millis) {
		return decision(this.request.tier(), Outcome.ALLOW, Reason.WITHIN_LIMITS, estimate, p95Millis);
	}

	PolicyDecision decision(String tier, Outcome outcome, Reason reason, BigDecimal estimate, long p95Millis) {
		return new PolicyDecision(this.request.step(), tier, outcome.name(), reason.code(), this.snapshot.version(),
				estimate, this.request.spent(), this.request.transactionValue(), this.remainingMillis, p95Millis);
	}

}
