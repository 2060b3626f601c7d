package com.bank.assistant.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EventSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StepTelemetryIT {

	private static final String MODEL = "intent-it-" + UUID.randomUUID();

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("policy").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void publishedIntentsShowUpInTheStepFigures() {
		publish(LongStream.rangeClosed(1, 100)
			.mapToObj((millis) -> intentDetected(millis * 1_000, millis > 98))
			.toList());

		JsonNode step = await().atMost(Duration.ofSeconds(30))
			.until(this::ourStep, (node) -> node != null && node.get("count").asLong() == 100);

		JsonNode latency = step.get("latencyMicros");
		assertThat(latency.get("p50").asLong()).isCloseTo(50_000, within(50L));
		assertThat(latency.get("p95").asLong()).isCloseTo(95_000, within(95L));
		assertThat(latency.get("p99").asLong()).isCloseTo(99_000, within(99L));
		assertThat(step.get("step").asString()).isEqualTo("intent-detection");
		assertThat(new BigDecimal(step.get("totalCost").asString())).isEqualByComparingTo("0.0001");
		assertThat(step.get("lateTurns").asLong()).isEqualTo(2);
		assertThat(this.meters.get("assistant.model.step.latency").tag("model", MODEL).timer().count()).isEqualTo(100);
	}

	@Test
	void catalogShowsTheLargeModelOffAndNoKey() {
		JsonNode catalog = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/catalog")
			.retrieve()
			.body(JsonNode.class);

		assertThat(catalog.valueStream().map((tier) -> tier.get("name").asString()))
			.contains("intent-ngram-minilm-q-logreg", "large-model");
		assertThat(catalog.toString()).doesNotContain("apiKey");
	}

	private JsonNode ourStep() {
		JsonNode steps = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/steps")
			.retrieve()
			.body(JsonNode.class);
		return steps.valueStream()
			.filter((step) -> MODEL.equals(step.get("model").asString()))
			.findFirst()
			.orElse(null);
	}

	private static Envelope intentDetected(long latencyMicros, boolean late) {
		Instant now = Instant.now();
		Instant deadline = late ? now.minusSeconds(1) : now.plusSeconds(3);
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(
				new ConversationId("c-" + UUID.randomUUID()), new CustomerId("demo"), deadline,
				new MessageReceived("transfere 20 reais pra Ana", "pt-BR", "web"));
		ModelUsage usage = new ModelUsage(MODEL, "it-1", latencyMicros, new BigDecimal("0.000001"));
		return new EventSource("intent-service", Clock.systemUTC()).next(message,
				new IntentDetected("transfere 20 reais pra Ana", "pt-BR", "pix_transfer", 0.97, List.of(), usage),
				usage);
	}

	private void publish(List<Envelope> envelopes) {
		TopicWriter.publish(Topics.NLU_INTENTS, envelopes);
	}

}
