package com.bank.assistant.audit.pii;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskingTest {

	private static final String MESSAGE = """
			{"id":"e-1","type":"com.bank.assistant.chat.MessageReceived","customerid":"demo","conversationid":"c-1",
			 "data":{"text":"manda 20 reais pra Ana Souza, cpf 123.456.789-09, celular (11) 98765-4321, ana@example.com",
			 "locale":"pt-BR","channel":"api"}}""";

	private static final String SLOTS = """
			{"id":"e-2","data":{"text":"pix pra Ana Souza","intent":"pix_transfer","confidence":0.97,
			 "slots":{"amount":{"value":"20.00","start":0,"end":2,"confidence":0.99},
			          "recipient":{"value":"Ana Souza","start":8,"end":17,"confidence":0.9},
			          "pix_key":{"value":"+5511987654321","start":0,"end":1,"confidence":0.9}},
			 "model":{"model":"slot-rules","version":"interim-1","latencyMicros":95,"cost":"0.000001"}}}""";

	private static final String REPLY = """
			{"id":"e-3","data":{"text":"Qual Ana?","quickReplies":[{"label":"Ana Souza","text":"Ana Souza"}],
			 "transfer":{"transferId":"t-1","amount":{"amount":"20.00","currency":"BRL"},
			             "recipient":{"name":"Ana Lima","pixKey":"ana.lima@example.com"}},"intent":"pix_transfer"}}""";

	@Test
	void personalDataNeverAppearsInTheGeneralView() {
		String masked = PiiMasking.mask(MESSAGE) + PiiMasking.mask(SLOTS) + PiiMasking.mask(REPLY);

		assertThat(List.of("123.456.789-09", "98765-4321", "5511987654321", "ana@example.com", "Ana Souza", "Souza",
				"Ana Lima", "ana.lima@example.com"))
			.allSatisfy((datum) -> assertThat(masked).doesNotContain(datum));
	}

	@Test
	void whatIsNotPersonalStaysReadable() {
		String masked = PiiMasking.mask(SLOTS) + PiiMasking.mask(REPLY) + PiiMasking.mask(MESSAGE);

		assertThat(masked).contains("\"intent\":\"pix_transfer\"", "\"confidence\":0.97", "\"value\":\"20.00\"",
				"\"version\":\"interim-1\"", "\"currency\":\"BRL\"", "\"transferId\":\"t-1\"", "\"locale\":\"pt-BR\"",
				"\"customerid\":\"demo\"", "\"value\":\"A*** S***\"", "\"name\":\"A*** L***\"",
				"\"pixKey\":\"a***@e***.com\"", "\"value\":\"(**) *****-4321\"", "\"text\":\"[masked: 17 chars]\"");
	}

	@Test
	void aSlotsUpdatedKeepsItsFrameShapeAndMasksItsPeople() throws Exception {
		String golden;
		try (var in = getClass().getResourceAsStream("/contracts/golden/SlotsUpdated.json")) {
			golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}

		String masked = PiiMasking.mask(golden);

		assertThat(List.of("Ana Souza", "ana.souza@example.com", "Ana Lima", "+5511987654321", "\"Ana\""))
			.allSatisfy((datum) -> assertThat(masked).doesNotContain(datum));
		assertThat(masked).contains("\"value\":\"20.00\"", "\"changed\":[\"amount\",\"currency\"]",
				"\"missing\":[\"recipient\"]", "\"recipient\":\"AMBIGUOUS_CONTACT\"", "\"name\":\"A*** S***\"",
				"\"pixKey\":\"(**) *****-4321\"", "\"value\":\"A***\"");
	}

	@Test
	void policyDecisionsStayReadableButAnUnknownFieldInThemIsMasked() throws Exception {
		String golden;
		try (var in = getClass().getResourceAsStream("/contracts/golden/IntentDetected.json")) {
			golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		String slots = """
				{"id":"e-4","data":{"text":"pix pra Ana Souza","decisions":[{"step":"escalation","tier":"large-model",
				 "outcome":"BLOCK","reason":"cost_above_value","ruleVersion":"rules-3","estimatedCost":"0.012",
				 "spent":"0.000002","transactionValue":"0.05","remainingMillis":2880,"p95Millis":900,
				 "note":"Ana Souza asked"}]}}""";

		String masked = PiiMasking.mask(golden) + PiiMasking.mask(slots);

		assertThat(masked).contains("\"step\":\"intent-detection\"", "\"tier\":\"intent-ngram-minilm-q-logreg\"",
				"\"outcome\":\"ALLOW\"", "\"reason\":\"within_limits\"", "\"ruleVersion\":\"rules-3\"",
				"\"estimatedCost\":\"0.000001\"", "\"spent\":\"0\"", "\"remainingMillis\":9880",
				"\"result\":\"answered\"", "\"actualCost\":\"0.000001\"", "\"latencyMicros\":180",
				"\"step\":\"escalation\"", "\"outcome\":\"BLOCK\"", "\"transactionValue\":\"0.05\"",
				"\"note\":\"[masked: 15 chars]\"");
		assertThat(masked).doesNotContain("Ana Souza");
	}

	@Test
	void pixKeysAreMaskedByKind() {
		assertThat(Masks.pixKey("12345678909")).isEqualTo("***.456.789-**");
		assertThat(Masks.pixKey("123.456.789-09")).isEqualTo("***.456.789-**");
		assertThat(Masks.pixKey("12.345.678/0001-95")).isEqualTo("**.***.***/0001-**");
		assertThat(Masks.pixKey("+55 11 98765-4321")).isEqualTo("(**) *****-4321");
		assertThat(Masks.pixKey("ana.souza@example.com.br")).isEqualTo("a***@e***.com.br");
		assertThat(Masks.pixKey("1b2c3d4e-0000-4000-8000-00000000af01"))
			.isEqualTo("1b2c****-****-****-****-********af01");
		assertThat(Masks.name("  João   Pedro ")).isEqualTo("J*** P***");
	}

}
