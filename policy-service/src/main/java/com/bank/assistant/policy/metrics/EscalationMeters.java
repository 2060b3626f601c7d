package com.bank.assistant.policy.metrics;

import com.bank.assistant.policy.decisions.DecisionTally;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code assistant.policy.escalation.rate}: turns the large tier answered over turns
 * seen; {@code assistant.policy.escalation.considered}: turns that asked the gate for it.
 */
@Component
class EscalationMeters {

	EscalationMeters(MeterRegistry registry, DecisionTally tally) {
		Gauge.builder("assistant.policy.escalation.rate", tally, (t) -> t.summary().escalationRate())
			.description("Turns answered by the large tier over turns seen")
			.register(registry);
		Gauge.builder("assistant.policy.escalation.considered", tally, (t) -> t.summary().escalationsConsidered())
			.description("Turns whose small model was unsure enough to ask for the large tier")
			.register(registry);
	}

}
