package com.bank.assistant.policy;

import java.time.Clock;
import java.util.List;

import com.bank.assistant.policy.catalog.ModelCatalog;
import com.bank.assistant.policy.telemetry.StepObserver;
import com.bank.assistant.policy.telemetry.StepTelemetry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the domain's objects from the typed settings. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

	@Bean
	StepTelemetry stepTelemetry(TelemetrySettings settings, Clock clock, List<StepObserver> observers) {
		return new StepTelemetry(settings.window(), settings.buckets(), clock, observers);
	}

	@Bean
	ModelCatalog modelCatalog(CatalogSettings settings) {
		return settings.toCatalog();
	}

}
