package com.bank.assistant.nlu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PredictCommandTest {

	private final PredictCommand predict = new PredictCommand(SharedNlu.NLU);

	@Test
	void writesIntentConfidenceSlotsAndLatencyPerLineInOrder() throws IOException {
		List<JsonNode> out = run("""
				{"text": "transfere 20 reais pra Ana amanhã", "locale": "pt-BR", "now": "2026-03-16T10:00:00-03:00"}
				{"text": "what's my balance?"}
				""");

		assertThat(out).hasSize(2);
		JsonNode first = out.get(0);
		assertThat(first.path("text").asString()).isEqualTo("transfere 20 reais pra Ana amanhã");
		assertThat(first.path("intent").asString()).isEqualTo("pix_transfer");
		assertThat(first.path("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(first.path("slots").path("amount").asString()).isEqualTo("20.00");
		assertThat(first.path("slots").path("currency").asString()).isEqualTo("BRL");
		assertThat(first.path("slots").path("recipient").asString()).isEqualTo("Ana");
		assertThat(first.path("slots").path("date").asString()).isEqualTo("2026-03-17");
		assertThat(first.path("latency_ms").isNumber()).isTrue();
		assertThat(out.get(1).path("intent").asString()).isEqualTo("check_balance");
	}

	@Test
	void aRejectedAmountIsASlotWithItsCode() throws IOException {
		JsonNode out = run("""
				{"text": "manda -20 reais pra Ana", "locale": "pt-BR"}
				""").get(0);

		assertThat(out.path("slots").path("amount_error").asString()).isEqualTo("NEGATIVE");
		assertThat(out.path("slots").path("amount").isMissingNode()).isTrue();
		assertThat(out.path("slots").path("recipient").asString()).isEqualTo("Ana");
	}

	@Test
	void aBadLineGetsAnErrorLineAndTheRestGoesOn() throws IOException {
		List<JsonNode> out = run("""
				{"text":
				{"locale": "en"}
				{"text": "sim"}
				{"text": "", "locale": "pt-BR"}
				""");

		assertThat(out).hasSize(4);
		assertThat(out.get(0).path("error").asString()).isNotBlank();
		assertThat(out.get(1).path("error").asString()).isNotBlank();
		assertThat(out.get(2).path("intent").asString()).isEqualTo("affirm");
		assertThat(out.get(3).path("intent").asString()).isEqualTo("out_of_scope");
	}

	private List<JsonNode> run(String input) throws IOException {
		StringWriter out = new StringWriter();
		this.predict.predict(new BufferedReader(new StringReader(input)), new PrintWriter(out));
		return out.toString().lines().map(PredictCommand.JSON::readTree).toList();
	}

}
