package com.bank.assistant.gate.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gate.Reason;
import com.bank.assistant.gate.RulesMother;
import com.bank.assistant.infra.InfrastructureEndpoints;
import com.bank.assistant.infra.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RedisBudgetsIT {

	private static final Instant NOW = Instant.parse("2026-03-16T13:00:00Z");

	private static LettuceConnectionFactory connections;

	private static RedisBudgets budgets;

	private final CustomerId customer = new CustomerId("c-" + UUID.randomUUID());

	@BeforeAll
	static void connect() {
		InfrastructureEndpoints endpoints = SharedInfrastructure.endpoints();
		connections = new LettuceConnectionFactory(endpoints.redisHost(), endpoints.redisPort());
		connections.afterPropertiesSet();
		budgets = new RedisBudgets(new StringRedisTemplate(connections), "it:" + UUID.randomUUID());
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@Test
	void aCustomerBudgetHoldsUntilTheNextReservationWouldPassIt() {
		GateRules rules = RulesMother.rules("0.010", "500.00");

		assertThat(budgets.reserve(this.customer, new BigDecimal("0.004"), rules, NOW)).isEqualTo(Reason.WITHIN_LIMITS);
		assertThat(budgets.reserve(this.customer, new BigDecimal("0.006"), rules, NOW)).isEqualTo(Reason.WITHIN_LIMITS);
		assertThat(budgets.reserve(this.customer, new BigDecimal("0.000000001"), rules, NOW))
			.isEqualTo(Reason.CUSTOMER_BUDGET);
		assertThat(budgets.spent(this.customer, rules, NOW)).isEqualByComparingTo("0.010");
	}

	@Test
	void theTotalBudgetIsSharedByEveryCustomer() {
		GateRules rules = RulesMother.rules("1.00", "0.005");
		budgets.reserve(new CustomerId("other-" + UUID.randomUUID()), new BigDecimal("0.004"), rules, NOW);

		assertThat(budgets.reserve(this.customer, new BigDecimal("0.002"), rules, NOW)).isEqualTo(Reason.TOTAL_BUDGET);
		assertThat(budgets.spent(this.customer, rules, NOW)).isEqualByComparingTo("0");
	}

	@Test
	void settlingReplacesTheReservationByTheActualCost() {
		GateRules rules = RulesMother.rules("1.00", "500.00");
		budgets.reserve(this.customer, new BigDecimal("0.0025"), rules, NOW);

		budgets.settle(this.customer, new BigDecimal("0.0025"), new BigDecimal("0.0011"), rules, NOW);

		assertThat(budgets.spent(this.customer, rules, NOW)).isEqualByComparingTo("0.0011");
	}

	@Test
	void aNewPeriodStartsFromZero() {
		GateRules rules = RulesMother.rules("0.010", "500.00");
		budgets.reserve(this.customer, new BigDecimal("0.010"), rules, NOW);

		assertThat(budgets.reserve(this.customer, new BigDecimal("0.010"), rules, NOW.plusSeconds(86_400)))
			.isEqualTo(Reason.WITHIN_LIMITS);
	}

}
