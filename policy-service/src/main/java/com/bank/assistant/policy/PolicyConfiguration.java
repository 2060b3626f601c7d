package com.bank.assistant.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import com.bank.assistant.policy.catalog.ModelCatalog;
import com.bank.assistant.policy.decisions.DecisionTally;
import com.bank.assistant.policy.messaging.RulesPublisher;
import com.bank.assistant.policy.rules.RuleBook;
import com.bank.assistant.policy.rules.RuleStore;
import com.bank.assistant.policy.telemetry.StepObserver;
import com.bank.assistant.policy.telemetry.StepTelemetry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Builds the domain's objects from the typed settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PolicyConfiguration {

	@Bean
	StepTelemetry stepTelemetry(TelemetrySettings settings, Clock clock, List<StepObserver> observers) {
		return new StepTelemetry(settings.window(), settings.buckets(), clock, observers);
	}

	@Bean
	ModelCatalog modelCatalog(CatalogSettings settings) {
		return settings.toCatalog();
	}

	@Bean
	RuleBook ruleBook(RuleStore store, Clock clock, RulesPublisher publisher) throws IOException {
		String defaults = new ClassPathResource("policy/default-rules.yml").getContentAsString(StandardCharsets.UTF_8);
		return new RuleBook(store, clock, defaults, List.of(publisher::publish));
	}

	@Bean
	DecisionTally decisionTally() {
		return new DecisionTally();
	}

}
