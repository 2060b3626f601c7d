package com.bank.assistant.gate.metrics;

import java.time.Duration;

import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.gate.DecisionObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code assistant.policy.decisions} (counter by step, tier, outcome, reason) and
 * {@code assistant.policy.decision.time} (how long deciding took, by step and tier).
 */
public final class MicrometerDecisionObserver implements DecisionObserver {

	/** Decisions by step, tier, outcome and reason. */
	public static final String DECISIONS = "assistant.policy.decisions";

	/** How long one decision took. */
	public static final String DECISION_TIME = "assistant.policy.decision.time";

	private final MeterRegistry registry;

	/** Meters in {@code registry}. */
	public MicrometerDecisionObserver(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void decided(PolicyDecision decision, long decisionNanos) {
		Counter.builder(DECISIONS)
			.tags("step", decision.step(), "tier", decision.tier(), "outcome", decision.outcome(), "reason",
					decision.reason())
			.register(this.registry)
			.increment();
		Timer.builder(DECISION_TIME)
			.tags("step", decision.step(), "tier", decision.tier())
			.publishPercentiles(0.5, 0.99)
			.register(this.registry)
			.record(Duration.ofNanos(decisionNanos));
	}

}
