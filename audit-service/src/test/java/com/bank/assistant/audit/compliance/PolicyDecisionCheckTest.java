package com.bank.assistant.audit.compliance;

import java.util.Map;

import com.bank.assistant.contracts.EventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDecisionCheckTest {

	private static final String INTENT_ALLOWED = decision("intent-detection", "ALLOW", "within_limits", "rules-3");

	private static final String SLOTS_ALLOWED = decision("slot-extraction", "ALLOW", "within_limits", "rules-3");

	private final PolicyDecisionCheck check = new PolicyDecisionCheck(new PolicyDecisionRule(
			Map.of(EventTypes.INTENT_DETECTED, "intent-detection", EventTypes.SLOTS_UPDATED, "slot-extraction")));

	@Test
	void stepsCarryingTheirOwnDecisionPass() {
		CheckResult result = run(event(EventTypes.MESSAGE_RECEIVED), event(EventTypes.INTENT_DETECTED, INTENT_ALLOWED),
				event(EventTypes.SLOTS_UPDATED, INTENT_ALLOWED, SLOTS_ALLOWED,
						decision("escalation", "BLOCK", "cost_above_value", "rules-3")));

		assertThat(result.status()).isEqualTo(CheckStatus.PASSED);
		assertThat(result.checked()).isEqualTo(2);
	}

	@Test
	void aBlockedStepWasDecidedAndPasses() {
		String blocked = decision("intent-detection", "BLOCK", "deadline", "none");

		CheckResult result = run(event(EventTypes.INTENT_DETECTED, blocked),
				event(EventTypes.SLOTS_UPDATED, blocked, decision("slot-extraction", "BLOCK", "deadline", "none")));

		assertThat(result.status()).isEqualTo(CheckStatus.PASSED);
	}

	@Test
	void aStepWithoutDecisionsIsAViolationShowingItsRecord() {
		CheckResult result = run(event(EventTypes.MESSAGE_RECEIVED), event(EventTypes.INTENT_DETECTED));

		assertThat(result.status()).isEqualTo(CheckStatus.VIOLATED);
		assertThat(result.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.eventId()).isEqualTo("e-2");
			assertThat(violation.sequence()).isEqualTo(2);
			assertThat(violation.reason()).startsWith("model step without a policy decision")
				.contains("intent-detection");
			assertThat(violation.records()).extracting((record) -> record.event().type())
				.containsExactly(EventTypes.INTENT_DETECTED);
		});
	}

	@Test
	void onlyTheDecisionOfTheRecordsOwnStepCounts() {
		CheckResult result = run(event(EventTypes.INTENT_DETECTED, SLOTS_ALLOWED),
				event(EventTypes.SLOTS_UPDATED, INTENT_ALLOWED));

		assertThat(result.violations()).extracting(Violation::eventId).containsExactly("e-1", "e-2");
	}

	@Test
	void aDecisionWithoutOutcomeReasonOrRuleVersionDoesNotCount() {
		CheckResult result = run(event(EventTypes.INTENT_DETECTED, decision("intent-detection", null, "deadline", "r")),
				event(EventTypes.INTENT_DETECTED, decision("intent-detection", "ALLOW", "", "r")),
				event(EventTypes.INTENT_DETECTED, decision("intent-detection", "ALLOW", "within_limits", null)));

		assertThat(result.violations()).hasSize(3);
	}

	private CheckResult run(String... envelopes) {
		CheckTally tally = this.check.tally();
		this.check.check(Chains.of(envelopes), tally);
		return tally.result();
	}

	/** A record of this type whose data carries these decisions, or none at all. */
	private static String event(String type, String... decisions) {
		String data = (decisions.length == 0) ? "{\"intent\":\"pix_transfer\"}"
				: "{\"intent\":\"pix_transfer\",\"decisions\":[" + String.join(",", decisions) + "]}";
		return "{\"type\":\"" + type + "\",\"data\":" + data + "}";
	}

	private static String decision(String step, String outcome, String reason, String ruleVersion) {
		return "{\"step\":\"" + step + "\",\"tier\":\"intent-model\"" + field("outcome", outcome)
				+ field("reason", reason) + field("ruleVersion", ruleVersion) + ",\"remainingMillis\":900}";
	}

	private static String field(String name, String value) {
		return (value != null) ? ",\"" + name + "\":\"" + value + "\"" : "";
	}

}
