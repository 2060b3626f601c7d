package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.ids.CustomerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyGateTest {

	private static final Instant NOW = Instant.parse("2026-03-16T13:00:00Z");

	private final KnownRules known = new KnownRules();

	private final List<BigDecimal> reserved = new ArrayList<>();

	private Reason budgetVerdict = Reason.WITHIN_LIMITS;

	private final PolicyGate gate = new PolicyGate(this.known, new Budgets() {

		@Override
		public Reason reserve(CustomerId customer, BigDecimal amount, GateRules rules, Instant now) {
			PolicyGateTest.this.reserved.add(amount);
			return PolicyGateTest.this.budgetVerdict;
		}

		@Override
		public void settle(CustomerId customer, BigDecimal reserved, BigDecimal actual, GateRules rules, Instant now) {
			PolicyGateTest.this.reserved.add(actual.subtract(reserved));
		}

	}, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(90), List.of());

	@Test
	void fiveCentsCannotPayForTheLargeModel() {
		rulesPublished(NOW.minusSeconds(5));

		PolicyDecision decision = this.gate.decide(escalation("0.05", 3000));

		assertThat(decision.outcome()).isEqualTo("BLOCK");
		assertThat(decision.reason()).isEqualTo("cost_above_value");
		assertThat(decision.estimatedCost()).isEqualByComparingTo("0.0025");
		assertThat(decision.transactionValue()).isEqualByComparingTo("0.05");
		assertThat(decision.ruleVersion()).isEqualTo("rules-7");
		assertThat(this.reserved).isEmpty();
	}

	@Test
	void fiveThousandReaisPayForItAndTheEstimateIsReserved() {
		rulesPublished(NOW.minusSeconds(5));

		PolicyDecision decision = this.gate.decide(escalation("5000.00", 3000));

		assertThat(decision.outcome()).isEqualTo("ALLOW");
		assertThat(decision.reason()).isEqualTo("within_limits");
		assertThat(decision.p95Millis()).isEqualTo(1500);
		assertThat(decision.remainingMillis()).isEqualTo(3000);
		assertThat(this.reserved).containsExactly(decision.estimatedCost());
	}

	@Test
	void withoutAValueThePerTurnCapApplies() {
		rulesPublished(NOW.minusSeconds(5));

		assertThat(this.gate.decide(escalation(null, 3000)).outcome()).isEqualTo("ALLOW");
		assertThat(this.gate.decide(request(null, 3000, "0.0099", 600, 50)).reason()).isEqualTo("turn_cap");
	}

	@Test
	void aNearlySpentDeadlineSkipsTheSlowTier() {
		rulesPublished(NOW.minusSeconds(5));

		PolicyDecision decision = this.gate.decide(escalation("5000.00", 1200));

		assertThat(decision.outcome()).isEqualTo("BLOCK");
		assertThat(decision.reason()).isEqualTo("deadline");
	}

	@Test
	void anExhaustedBudgetBlocks() {
		rulesPublished(NOW.minusSeconds(5));
		this.budgetVerdict = Reason.CUSTOMER_BUDGET;

		assertThat(this.gate.decide(escalation("5000.00", 3000)).reason()).isEqualTo("customer_budget");
	}

	@Test
	void neverHavingRulesBlocksThePaidTierButNotTheSmallOne() {
		PolicyDecision paid = this.gate.decide(escalation("5000.00", 3000));
		PolicyDecision small = this.gate.decide(slots());

		assertThat(paid.outcome()).isEqualTo("BLOCK");
		assertThat(paid.reason()).isEqualTo("rules_unavailable");
		assertThat(paid.ruleVersion()).isEqualTo("none");
		assertThat(small.outcome()).isEqualTo("ALLOW");
	}

	@Test
	void staleRulesBlockThePaidTierAndStillDecideTheSmallOne() {
		rulesPublished(NOW.minus(Duration.ofMinutes(5)));

		assertThat(this.gate.decide(escalation("5000.00", 3000)).reason()).isEqualTo("rules_stale");
		PolicyDecision small = this.gate.decide(slots());
		assertThat(small.outcome()).isEqualTo("ALLOW");
		assertThat(small.ruleVersion()).isEqualTo("rules-7");
	}

	@Test
	void aBlockedTierWithAFallbackIsDowngraded() {
		rulesPublished(NOW.minusSeconds(5));

		PolicyDecision decision = this.gate.decide(escalation("0.05", 3000), RulesMother.SLOTS);

		assertThat(decision.outcome()).isEqualTo("DOWNGRADE");
		assertThat(decision.tier()).isEqualTo(RulesMother.SLOTS);
		assertThat(decision.reason()).isEqualTo("cost_above_value");
	}

	@Test
	void aServiceWithoutBudgetsRefusesThePaidTierAndRunsTheSmallOne() {
		PolicyGate withoutBudgets = new PolicyGate(this.known, new NoBudgets(), Clock.fixed(NOW, ZoneOffset.UTC),
				Duration.ofSeconds(90), List.of());
		rulesPublished(NOW.minusSeconds(5));

		assertThat(withoutBudgets.decide(escalation("5000.00", 3000)).reason()).isEqualTo("budget_unavailable");
		assertThat(withoutBudgets.decide(slots()).outcome()).isEqualTo("ALLOW");
	}

	@Test
	void aSpentDeadlineBlocksEvenTheSmallModel() {
		rulesPublished(NOW.minusSeconds(5));
		StepRequest late = new StepRequest("slot-extraction", RulesMother.SLOTS, new CustomerId("demo"),
				BigDecimal.ZERO, null, NOW.minusMillis(300), 0, 0, false);

		PolicyDecision decision = this.gate.decide(late);

		assertThat(decision.outcome()).isEqualTo("BLOCK");
		assertThat(decision.reason()).isEqualTo("deadline");
		assertThat(decision.remainingMillis()).isEqualTo(-300);
	}

	@Test
	void withoutRulesASpentDeadlineStillBlocksTheSmallModel() {
		StepRequest late = new StepRequest("intent-detection", RulesMother.SLOTS, new CustomerId("demo"),
				BigDecimal.ZERO, null, NOW.minusMillis(1), 0, 0, false);

		PolicyDecision decision = this.gate.decide(late);

		assertThat(decision.outcome()).isEqualTo("BLOCK");
		assertThat(decision.reason()).isEqualTo("deadline");
		assertThat(decision.ruleVersion()).isEqualTo("none");
	}

	@Test
	void anEarlyReservationIsWhatTheDecisionBooks() {
		rulesPublished(NOW.minusSeconds(5));
		EarlyReservation early = this.gate.reserveEarly(new CustomerId("demo"), RulesMother.LARGE, 600, 100)
			.orElseThrow();
		assertThat(this.reserved).containsExactly(early.amount());

		PolicyDecision decision = this.gate.decide(escalation("5000.00", 3000), early);

		assertThat(decision.outcome()).isEqualTo("ALLOW");
		assertThat(decision.estimatedCost()).isEqualByComparingTo(early.amount());
		assertThat(this.reserved).as("reserved once, early").containsExactly(early.amount());
	}

	@Test
	void aStepBlockedByAnotherRuleGivesItsEarlyReservationBack() {
		rulesPublished(NOW.minusSeconds(5));
		EarlyReservation early = this.gate.reserveEarly(new CustomerId("demo"), RulesMother.LARGE, 600, 100)
			.orElseThrow();

		PolicyDecision decision = this.gate.decide(escalation("0.05", 3000), early);

		assertThat(decision.reason()).isEqualTo("cost_above_value");
		assertThat(this.reserved).containsExactly(early.amount(), early.amount().negate());
		this.gate.release(early);
		assertThat(this.reserved).as("given back once").hasSize(2);
	}

	@Test
	void anEarlyReservationOfAnotherEstimateIsGivenBackAndTheRightOneBooked() {
		rulesPublished(NOW.minusSeconds(5));
		EarlyReservation early = this.gate.reserveEarly(new CustomerId("demo"), RulesMother.LARGE, 300, 100)
			.orElseThrow();

		PolicyDecision decision = this.gate.decide(escalation("5000.00", 3000), early);

		assertThat(decision.outcome()).isEqualTo("ALLOW");
		assertThat(this.reserved).containsExactly(early.amount(), decision.estimatedCost(), early.amount().negate());
	}

	@Test
	void nothingIsReservedEarlyWithoutRulesOrForTheSmallModel() {
		assertThat(this.gate.reserveEarly(new CustomerId("demo"), RulesMother.LARGE, 600, 100)).isEmpty();
		rulesPublished(NOW.minusSeconds(5));
		assertThat(this.gate.reserveEarly(new CustomerId("demo"), RulesMother.SLOTS, 0, 0)).isEmpty();
		assertThat(this.reserved).isEmpty();
	}

	@Test
	void nothingIsReservedEarlyOnStaleRules() {
		rulesPublished(NOW.minus(Duration.ofMinutes(5)));

		assertThat(this.gate.reserveEarly(new CustomerId("demo"), RulesMother.LARGE, 600, 100)).isEmpty();
	}

	@Test
	void newerRulesWinAndOlderOnesAreIgnored() {
		this.known.accept(RulesMother.published("rules-8", 1500), NOW.minusSeconds(2));
		this.known.accept(RulesMother.published("rules-7", 1500), NOW.minusSeconds(9));

		assertThat(this.gate.decide(slots()).ruleVersion()).isEqualTo("rules-8");
	}

	@Test
	void settlingBooksTheDifference() {
		rulesPublished(NOW.minusSeconds(5));
		StepRequest request = escalation("5000.00", 3000);
		PolicyDecision decision = this.gate.decide(request);

		this.gate.settle(request, decision, new BigDecimal("0.001"));

		assertThat(this.reserved.get(1))
			.isEqualByComparingTo(new BigDecimal("0.001").subtract(decision.estimatedCost()));
	}

	private void rulesPublished(Instant at) {
		this.known.accept(RulesMother.published("rules-7", 1500), at);
	}

	private static StepRequest escalation(String value, long millisLeft) {
		return request(value, millisLeft, "0.000002", 600, 100);
	}

	private static StepRequest request(String value, long millisLeft, String spent, long in, long out) {
		return new StepRequest("escalation", RulesMother.LARGE, new CustomerId("demo"), new BigDecimal(spent),
				(value != null) ? new BigDecimal(value) : null, NOW.plusMillis(millisLeft), in, out, true);
	}

	private static StepRequest slots() {
		return new StepRequest("slot-extraction", RulesMother.SLOTS, new CustomerId("demo"), BigDecimal.ZERO, null,
				NOW.plusSeconds(2), 0, 0, false);
	}

}
