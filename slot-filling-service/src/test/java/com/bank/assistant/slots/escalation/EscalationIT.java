package com.bank.assistant.slots.escalation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gate.EarlyReservation;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.gate.budget.RedisBudgets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The escalation inside slot-filling-service, on real Kafka (the rules feed) and Redis
 * (the budgets), with a local server speaking chat-completions for the large tier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EscalationIT {

	private static final RulesTopic RULES = new RulesTopic();

	private static final ChatCompletionsServer LARGE_MODEL = ChatCompletionsServer.start();

	private final String customer = "c-" + UUID.randomUUID();

	@Autowired
	private IntentEscalation escalation;

	@Autowired
	private PolicyGate gate;

	@Autowired
	private RedisBudgets budgets;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LargeTierProperties.register(registry, RULES, LARGE_MODEL);
	}

	@AfterAll
	static void stopLargeModel() {
		LARGE_MODEL.close();
	}

	@BeforeEach
	void freshRules() {
		LARGE_MODEL.reset();
		rulesInForce("0.50", 1500);
	}

	@Test
	void fiveCentsAreNotWorthTheLargeModel() {
		Envelope turn = TurnMother.unsureTransfer(this.customer, "0.05", 3000);

		Envelope out = this.escalation.apply(turn);

		SlotsUpdated slots = out.dataAs(SlotsUpdated.class);
		PolicyDecision decision = slots.decisions().get(0);
		assertThat(decision.outcome()).isEqualTo("BLOCK");
		assertThat(decision.reason()).isEqualTo("cost_above_value");
		assertThat(decision.transactionValue()).isEqualByComparingTo("0.05");
		assertThat(decision.estimatedCost()).isGreaterThan(new BigDecimal("0.0005"));
		assertThat(decision.result()).isNull();
		assertThat(slots.intent()).isEqualTo("inform");
		assertThat(slots.alternatives()).extracting("intent").containsExactly("pix_transfer", "check_balance");
		assertThat(out.modelcost()).isEqualTo(turn.modelcost());
		assertThat(LARGE_MODEL.received()).isEmpty();
	}

	@Test
	void fiveThousandReaisAreEscalatedAndTheLargeModelsIntentIsUsed() {
		Envelope turn = TurnMother.unsureTransfer(this.customer, "5000.00", 3000);

		Envelope out = this.escalation.apply(turn);

		SlotsUpdated slots = out.dataAs(SlotsUpdated.class);
		PolicyDecision decision = slots.decisions().get(0);
		assertThat(decision.outcome()).isEqualTo("ALLOW");
		assertThat(decision.result()).isEqualTo("answered");
		// 310 input tokens x 0.0025 / 1000 + 12 output tokens x 0.01 / 1000
		assertThat(decision.actualCost()).isEqualByComparingTo("0.000895");
		assertThat(slots.intent()).isEqualTo("pix_transfer");
		assertThat(slots.confidence()).isEqualTo(0.9);
		assertThat(slots.alternatives()).extracting("intent").containsExactly("inform", "check_balance");
		assertThat(new BigDecimal(out.modelcost())).isEqualByComparingTo("0.000896");
		assertThat(LARGE_MODEL.received()).singleElement().satisfies((request) -> {
			assertThat(request.authorization()).isEqualTo("Bearer test-key");
			assertThat(request.body()).contains("\"model\":\"test-large\"", "pix_transfer", "check_balance");
		});
		assertThat(this.budgets.spent(new CustomerId(this.customer), this.gate.rules().orElseThrow().rules(),
				Instant.now()))
			.isEqualByComparingTo("0.000895");
	}

	@Test
	void theBudgetIsReservedWhenTheUnsureIntentArrivesAndBookedOnce() {
		Envelope turn = TurnMother.unsureTransfer(this.customer, "5000.00", 3000);
		EarlyReservation early = this.escalation.reserveEarly(detectedOf(turn)).orElseThrow();

		PolicyDecision decision = this.escalation.apply(turn, early).dataAs(SlotsUpdated.class).decisions().get(0);

		assertThat(decision.outcome()).isEqualTo("ALLOW");
		assertThat(decision.estimatedCost()).isEqualByComparingTo(early.amount());
		assertThat(decision.result()).isEqualTo("answered");
		assertThat(spent()).isEqualByComparingTo("0.000895");
	}

	@Test
	void aBlockedEscalationGivesItsEarlyReservationBack() {
		Envelope turn = TurnMother.unsureTransfer(this.customer, "0.05", 3000);
		EarlyReservation early = this.escalation.reserveEarly(detectedOf(turn)).orElseThrow();

		PolicyDecision decision = this.escalation.apply(turn, early).dataAs(SlotsUpdated.class).decisions().get(0);

		assertThat(decision.reason()).isEqualTo("cost_above_value");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(spent()).isZero());
		assertThat(LARGE_MODEL.received()).isEmpty();
	}

	@Test
	void nothingIsReservedForAConfidentIntent() {
		Envelope turn = TurnMother.unsureTransfer(this.customer, "5000.00", 3000);
		SlotsUpdated unsure = turn.dataAs(SlotsUpdated.class);
		Envelope confident = turn.withData(
				new IntentDetected(unsure.text(), unsure.locale(), "pix_transfer", 0.95, unsure.alternatives(), null));

		assertThat(this.escalation.reserveEarly(confident)).isEmpty();
	}

	@Test
	void aNearlySpentDeadlineSkipsTheSlowTier() {
		Envelope out = this.escalation.apply(TurnMother.unsureTransfer(this.customer, "5000.00", 600));

		SlotsUpdated slots = out.dataAs(SlotsUpdated.class);
		assertThat(slots.decisions().get(0).reason()).isEqualTo("deadline");
		assertThat(slots.intent()).isEqualTo("inform");
		assertThat(LARGE_MODEL.received()).isEmpty();
	}

	@Test
	void anExhaustedBudgetBlocks() {
		rulesInForce("0.002", 1500);

		SlotsUpdated first = this.escalation.apply(TurnMother.unsureTransfer(this.customer, "5000.00", 3000))
			.dataAs(SlotsUpdated.class);
		SlotsUpdated second = this.escalation.apply(TurnMother.unsureTransfer(this.customer, "5000.00", 3000))
			.dataAs(SlotsUpdated.class);

		assertThat(first.decisions().get(0).outcome()).isEqualTo("ALLOW");
		assertThat(second.decisions().get(0).outcome()).isEqualTo("BLOCK");
		assertThat(second.decisions().get(0).reason()).isEqualTo("customer_budget");
		assertThat(second.intent()).isEqualTo("inform");
		assertThat(LARGE_MODEL.received()).hasSize(1);
	}

	@Test
	void aFailingLargeModelLeavesTheSmallModelsAnswer() {
		LARGE_MODEL.fails(503);

		SlotsUpdated slots = this.escalation.apply(TurnMother.unsureTransfer(this.customer, "5000.00", 3000))
			.dataAs(SlotsUpdated.class);

		assertThat(slots.decisions().get(0).result()).isEqualTo("failed");
		assertThat(slots.intent()).isEqualTo("inform");
	}

	@Test
	void anAnswerOutsideTheCatalogIsNoEscalation() {
		LARGE_MODEL.answers("{\"intent\": \"buy_bitcoin\", \"confidence\": 0.99}");

		SlotsUpdated slots = this.escalation.apply(TurnMother.unsureTransfer(this.customer, "5000.00", 3000))
			.dataAs(SlotsUpdated.class);

		assertThat(slots.decisions().get(0).result()).isEqualTo("invalid_answer");
		assertThat(slots.decisions().get(0).actualCost()).isEqualByComparingTo("0.000895");
		assertThat(slots.intent()).isEqualTo("inform");
	}

	@Test
	void aConfidentTurnIsLeftAlone() {
		Envelope turn = TurnMother.unsureTransfer(this.customer, "5000.00", 3000);
		SlotsUpdated unsure = turn.dataAs(SlotsUpdated.class);
		Envelope confident = turn.withData(new SlotsUpdated(unsure.text(), unsure.locale(), "pix_transfer", 0.95,
				unsure.alternatives(), unsure.extracted(), unsure.frame(), unsure.changed(), unsure.missing(),
				unsure.problems(), unsure.candidates(), unsure.attempts(), false, unsure.decisions(), unsure.model()));

		assertThat(this.escalation.apply(confident)).isSameAs(confident);
	}

	private BigDecimal spent() {
		return this.budgets.spent(new CustomerId(this.customer), this.gate.rules().orElseThrow().rules(),
				Instant.now());
	}

	/** The IntentDetected the unsure turn came from. */
	private static Envelope detectedOf(Envelope turn) {
		SlotsUpdated slots = turn.dataAs(SlotsUpdated.class);
		return turn.withData(new IntentDetected(slots.text(), slots.locale(), slots.intent(), slots.confidence(),
				slots.alternatives(), null));
	}

	private void rulesInForce(String customerBudget, long largeP95Millis) {
		String version = "rules-" + UUID.randomUUID();
		RULES.publish(version, Instant.now(), customerBudget, largeP95Millis);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.gate.rules().map((rules) -> rules.version().equals(version)).orElse(false));
	}

}
