package com.bank.assistant.policy.messaging;

import java.util.List;
import java.util.function.Consumer;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.policy.decisions.DecisionTally;
import com.bank.assistant.policy.decisions.SeenDecision;
import com.bank.assistant.policy.telemetry.StepTelemetry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the step telemetry and the decision tally to the intent and slot topics. */
@Configuration(proxyBeanMethods = false)
class PolicyFunctions {

	@Bean
	Consumer<Envelope> recordModelStep(StepTelemetry telemetry, DecisionTally tally) {
		return (envelope) -> {
			ModelSteps.samplesOf(envelope).forEach(telemetry::record);
			List<SeenDecision> decisions = ModelSteps.turnDecisions(envelope);
			if (decisions != null) {
				tally.turn(decisions);
			}
		};
	}

}
