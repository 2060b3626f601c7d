package com.bank.assistant.policy.messaging;

import java.util.function.Consumer;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.policy.telemetry.StepTelemetry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the step telemetry to the intent and slot topics. */
@Configuration(proxyBeanMethods = false)
class PolicyFunctions {

	@Bean
	Consumer<Envelope> recordModelStep(StepTelemetry telemetry) {
		return (envelope) -> ModelSteps.sampleOf(envelope).ifPresent(telemetry::record);
	}

}
