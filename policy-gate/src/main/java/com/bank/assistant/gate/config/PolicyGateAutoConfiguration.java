package com.bank.assistant.gate.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.gate.Budgets;
import com.bank.assistant.gate.DecisionObserver;
import com.bank.assistant.gate.KnownRules;
import com.bank.assistant.gate.NoBudgets;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.gate.budget.RedisBudgets;
import com.bank.assistant.gate.feed.RulesFeed;
import com.bank.assistant.gate.metrics.MicrometerDecisionObserver;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.MessagingAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The policy gate of a service: the last known rules fed from policy-service's topic,
 * budgets in Redis (none where the service has no Redis: paid tiers refused), decisions
 * counted in Micrometer.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@EnableConfigurationProperties(GateSettings.class)
public class PolicyGateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	KnownRules knownRules() {
		return new KnownRules();
	}

	@Bean
	@ConditionalOnMissingBean
	RulesFeed policyRulesFeed(@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			GateSettings settings, KnownRules known, EnvelopeCodec codec) {
		return new RulesFeed(bootstrapServers, settings.rulesTopic(), known, codec);
	}

	/** Budgets in Redis, where the service has Redis. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.data.redis.core.StringRedisTemplate")
	static class RedisBudgetsConfiguration {

		@Bean
		@ConditionalOnMissingBean(Budgets.class)
		@ConditionalOnBean(StringRedisTemplate.class)
		RedisBudgets policyBudgets(StringRedisTemplate redis, GateSettings settings) {
			return new RedisBudgets(redis, settings.budgetPrefix());
		}

	}

	/**
	 * A service without Redis runs in-process tiers only: its gate refuses paid ones
	 * rather than run them unaccounted.
	 */
	@Bean
	@ConditionalOnMissingBean(Budgets.class)
	NoBudgets noPolicyBudgets() {
		return new NoBudgets();
	}

	@Bean
	@ConditionalOnMissingBean
	BudgetCalls policyGateBudgetCalls() {
		return new BudgetCalls();
	}

	@Bean
	@ConditionalOnMissingBean
	PolicyGate policyGate(KnownRules known, Budgets budgets, Clock clock, GateSettings settings,
			ObjectProvider<DecisionObserver> observers, ObjectProvider<MeterRegistry> meters, BudgetCalls calls) {
		List<DecisionObserver> all = new ArrayList<>(observers.orderedStream().toList());
		meters.ifAvailable((registry) -> all.add(new MicrometerDecisionObserver(registry)));
		return new PolicyGate(known, budgets, clock, settings.maxRulesAge(), all, calls.threads());
	}

}
