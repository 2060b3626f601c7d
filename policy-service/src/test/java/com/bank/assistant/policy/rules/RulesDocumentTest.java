package com.bank.assistant.policy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RulesDocumentTest {

	@Test
	void theShippedRulesRead() throws IOException {
		RuleValues values = RulesDocument.parse(shipped());

		assertThat(values.valueRatio()).isEqualByComparingTo("0.01");
		assertThat(values.perTurnCap()).isEqualByComparingTo("0.01");
		assertThat(values.budgetPeriod()).isEqualTo(Duration.ofDays(1));
		assertThat(values.escalateBelowConfidence()).isEqualTo(0.6);
	}

	@Test
	void everyProblemIsListed() {
		String yaml = """
				value-ratio: 0
				per-turn-cap: -1
				deadline-margin-ms: 100
				escalate-below-confidence: 1.5
				budgte: {}
				budget:
				  period: daily
				  per-customer: lots
				  total: 10
				""";

		assertThatExceptionOfType(InvalidRulesException.class).isThrownBy(() -> RulesDocument.parse(yaml))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactlyInAnyOrder(
					"value-ratio must be positive, got 0", "per-turn-cap must be zero or more, got -1",
					"escalate-below-confidence must be between 0 and 1, got 1.5", "unknown key budgte",
					"budget.period must be an ISO-8601 duration such as P1D, got daily",
					"per-customer must be a number, got lots"));
	}

	@Test
	void notYamlAtAllIsRefused() {
		assertThatExceptionOfType(InvalidRulesException.class).isThrownBy(() -> RulesDocument.parse("a: [b"));
		assertThatExceptionOfType(InvalidRulesException.class).isThrownBy(() -> RulesDocument.parse("- a list"));
	}

	static String shipped() throws IOException {
		try (InputStream in = RulesDocumentTest.class.getResourceAsStream("/policy/default-rules.yml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
