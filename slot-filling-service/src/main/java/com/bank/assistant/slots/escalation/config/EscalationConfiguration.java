package com.bank.assistant.slots.escalation.config;

import java.time.Clock;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.slots.escalation.EscalationSettings;
import com.bank.assistant.slots.escalation.IntentEscalation;
import com.bank.assistant.slots.escalation.llm.ChatCompletionsIntentChooser;
import com.bank.assistant.slots.escalation.llm.IntentPrompt;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation of unsure intents: the large tier behind the Resilience4j instances
 * named after it ({@code resilience4j.*.instances.large-model} in application.yml).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationConfiguration {

	@Bean
	IntentPrompt intentPrompt() {
		return new IntentPrompt(IntentCatalog.load());
	}

	@Bean
	ChatCompletionsIntentChooser largeTier(EscalationSettings settings, IntentPrompt prompt, BulkheadRegistry bulkheads,
			CircuitBreakerRegistry breakers, TimeLimiterRegistry limiters) {
		return new ChatCompletionsIntentChooser(settings, prompt, bulkheads.bulkhead(settings.tier()),
				breakers.circuitBreaker(settings.tier()), limiters.timeLimiter(settings.tier()));
	}

	@Bean
	IntentEscalation intentEscalation(PolicyGate gate, ChatCompletionsIntentChooser largeTier, IntentPrompt prompt,
			EscalationSettings settings, Clock clock) {
		return new IntentEscalation(gate, largeTier, prompt.intents(), settings, clock);
	}

}
