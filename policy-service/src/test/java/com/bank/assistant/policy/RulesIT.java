package com.bank.assistant.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.event.TierFigures;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gate.KnownRules;
import com.bank.assistant.gate.RulesSnapshot;
import com.bank.assistant.gate.feed.RulesFeed;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules changed over HTTP become a new version in PostgreSQL and reach a gate over the
 * rules topic with the tiers' live p95; decisions on the slots topic become the
 * escalation rate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.policy.rules.heartbeat=1s")
class RulesIT {

	private final EnvelopeCodec codec = new EnvelopeCodec();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("policy").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aChangedRuleIsANewVersionThatReachesTheGates() {
		String before = http().get().uri("/rules").retrieve().body(JsonNode.class).get("version").asString();
		String document = RulesFixtures.shippedWith("value-ratio: 0.01", "value-ratio: 0.02");

		JsonNode changed = http().put()
			.uri("/rules")
			.contentType(MediaType.parseMediaType("application/yaml"))
			.header("X-Changed-By", "risk-team")
			.body(document)
			.retrieve()
			.body(JsonNode.class);

		String version = changed.get("version").asString();
		assertThat(number(version)).isEqualTo(number(before) + 1);
		assertThat(changed.get("changedBy").asString()).isEqualTo("risk-team");
		RulesSnapshot seen = gateSees(version);
		assertThat(seen.rules().valueRatio()).isEqualByComparingTo("0.02");
		TierFigures large = seen.tier("large-model").orElseThrow();
		// The catalog's expected p95 until a large-tier step was seen, then the live one
		// (420 ms, rounded up).
		assertThat(large.p95Millis()).isEqualTo((large.samples() == 0) ? 1500 : 421);
		assertThat(http().get().uri("/rules/history").retrieve().body(JsonNode.class).size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anInvalidChangeIsRefusedWithItsProblemsAndChangesNothing() {
		String before = http().get().uri("/rules").retrieve().body(JsonNode.class).get("version").asString();

		JsonNode refused = http().put()
			.uri("/rules")
			.contentType(MediaType.TEXT_PLAIN)
			.body(RulesFixtures.shippedWith("value-ratio: 0.01", "value-ratio: -3"))
			.exchange((request, response) -> {
				assertThat(response.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(400));
				return response.bodyTo(JsonNode.class);
			});

		assertThat(refused.get("problems").get(0).asString()).isEqualTo("value-ratio must be positive, got -3");
		assertThat(http().get().uri("/rules").retrieve().body(JsonNode.class).get("version").asString())
			.isEqualTo(before);
	}

	@Test
	void escalationsOnTheSlotsTopicMakeTheRateAndTheLargeTiersLatency() {
		long turnsBefore = http().get().uri("/decisions/summary").retrieve().body(JsonNode.class).get("turns").asLong();
		publish(turn(null), turn(answered(420_000)));

		JsonNode summary = await().atMost(Duration.ofSeconds(30))
			.until(() -> http().get().uri("/decisions/summary").retrieve().body(JsonNode.class),
					(node) -> node.get("turns").asLong() >= turnsBefore + 2);
		assertThat(summary.get("escalated").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(summary.get("byResult").get("answered").asLong()).isGreaterThanOrEqualTo(1);
		JsonNode steps = http().get().uri("/steps").retrieve().body(JsonNode.class);
		assertThat(steps.valueStream()
			.filter((step) -> "large-model".equals(step.get("model").asString()))
			.map((step) -> step.get("step").asString())).containsExactly("escalation");
	}

	private RulesSnapshot gateSees(String version) {
		KnownRules known = new KnownRules();
		RulesFeed feed = new RulesFeed(SharedInfrastructure.endpoints().kafkaBootstrapServers(), Topics.POLICY_RULES,
				known, this.codec);
		feed.start();
		try {
			return await().atMost(Duration.ofSeconds(30))
				.until(() -> known.current().orElse(null), (rules) -> rules != null && version.equals(rules.version()));
		}
		finally {
			feed.stop();
		}
	}

	private static PolicyDecision answered(long micros) {
		return new PolicyDecision("escalation", "large-model", "ALLOW", "within_limits", "rules-1",
				new BigDecimal("0.0025"), new BigDecimal("0.000002"), new BigDecimal("5000.00"), 2900, 1500)
			.ran("answered", new BigDecimal("0.0011"), micros);
	}

	private static Envelope turn(PolicyDecision decision) {
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(
				new ConversationId("c-" + UUID.randomUUID()), new CustomerId("demo"), Instant.now().plusSeconds(3),
				new MessageReceived("manda 5000 pro joao", "pt-BR", "web"));
		ModelUsage usage = new ModelUsage("slot-extractors", "it", 40, new BigDecimal("0.000001"));
		SlotsUpdated slots = new SlotsUpdated("manda 5000 pro joao", "pt-BR", "pix_transfer", 0.9,
				List.of(new IntentScore("inform", 0.05)), Map.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(),
				Map.of(), false, (decision != null) ? List.of(decision) : List.of(), usage);
		return new EventSource("slot-filling-service", Clock.systemUTC()).next(message, slots, usage);
	}

	private void publish(Envelope... envelopes) {
		TopicWriter.publish(Topics.NLU_SLOTS, List.of(envelopes));
	}

	private RestClient http() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private static int number(String version) {
		return Integer.parseInt(version.substring("rules-".length()));
	}

}
