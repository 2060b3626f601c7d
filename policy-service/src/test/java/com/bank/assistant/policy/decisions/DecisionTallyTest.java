package com.bank.assistant.policy.decisions;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTallyTest {

	private final DecisionTally tally = new DecisionTally();

	@Test
	void theRateIsAnsweredEscalationsOverTurns() {
		this.tally.turn(List.of());
		this.tally.turn(List.of(escalation("BLOCK", "cost_above_value", null)));
		this.tally.turn(List.of(escalation("ALLOW", "within_limits", "answered")));
		this.tally.turn(List.of(escalation("ALLOW", "within_limits", "timeout")));

		DecisionSummary summary = this.tally.summary();

		assertThat(summary.turns()).isEqualTo(4);
		assertThat(summary.escalationsConsidered()).isEqualTo(3);
		assertThat(summary.escalated()).isEqualTo(1);
		assertThat(summary.escalationRate()).isEqualTo(0.25);
		assertThat(summary.byReason()).containsEntry("cost_above_value", 1L).containsEntry("within_limits", 2L);
		assertThat(summary.byResult()).containsEntry("answered", 1L).containsEntry("timeout", 1L);
	}

	@Test
	void otherStepsAreNotEscalationsAndEveryStepIsCounted() {
		this.tally
			.turn(List.of(new SeenDecision("intent-detection", "intent-model", "ALLOW", "within_limits", "answered"),
					new SeenDecision("slot-extraction", "slot-extractors", "ALLOW", "within_limits", "answered")));
		this.tally.turn(List.of(new SeenDecision("intent-detection", "intent-model", "BLOCK", "deadline", null),
				new SeenDecision("slot-extraction", "slot-extractors", "BLOCK", "deadline", null)));

		DecisionSummary summary = this.tally.summary();
		assertThat(summary.escalationsConsidered()).isZero();
		assertThat(summary.byStep().get("intent-detection")).containsEntry("ALLOW:within_limits", 1L)
			.containsEntry("BLOCK:deadline", 1L);
		assertThat(summary.byStep().get("slot-extraction")).hasSize(2);
	}

	private static SeenDecision escalation(String outcome, String reason, String result) {
		return new SeenDecision(DecisionTally.ESCALATION, "large-model", outcome, reason, result);
	}

}
