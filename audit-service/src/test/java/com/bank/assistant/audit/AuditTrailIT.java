package com.bank.assistant.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trail against the real Kafka and PostgreSQL and the real authorization server:
 * events published as the services publish them, read back through the HTTP API with the
 * tokens each kind of caller gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DECISIONS = "model-steps-have-policy-decisions";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static KafkaProducer<String, byte[]> producer;

	private static String operations;

	@Autowired
	private EnvelopeCodec codec;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("audit").forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
				() -> AuthServerFixture.issuer().toString());
		registry.add("spring.autoconfigure.exclude", AuthServerFixture::authorizationServerAutoConfigurations);
	}

	@BeforeAll
	static void startProducer() {
		producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
						SharedInfrastructure.endpoints().kafkaBootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 0),
				new StringSerializer(), new ByteArraySerializer());
		operations = AuthServerFixture.operations();
	}

	@AfterAll
	static void stopProducer() {
		producer.close();
	}

	@Test
	void trailHoldsATurnFromEveryTopicInOrderAndVerifies() {
		String conversation = newId("c-");
		List<Map.Entry<String, Envelope>> turn = TurnMother.pixTransferTurn(conversation);

		turn.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));

		JsonNode trail = read("/conversations/" + conversation + "/trail");
		assertThat(trail.valueStream().map((entry) -> entry.get("eventId").asString()))
			.containsExactlyElementsOf(turn.stream().map((event) -> event.getValue().id()).toList());
		assertThat(trail.valueStream().map((entry) -> entry.get("topic").asString()))
			.containsExactlyElementsOf(turn.stream().map(Map.Entry::getKey).toList());
		assertThat(trail.get(1).get("envelope").get("data").get("intent").asString()).isEqualTo("pix_transfer");
		assertThat(trail.get(4).get("sequence").asLong()).isEqualTo(5);
		assertThat(read("/conversations/" + conversation + "/verify").get("ok").asBoolean()).isTrue();
	}

	@Test
	void aFullTransferConversationIsKeptInOrderVerifiesPassesTheChecksAndReplaysToNothing() {
		String conversation = newId("c-");
		String customer = newId("customer-");
		List<Map.Entry<String, Envelope>> events = TurnMother.fullTransferConversation(conversation, customer);
		events.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));

		events.forEach((event) -> publish(event.getKey(), conversation, this.codec.write(event.getValue())));
		publishAndAwait(Topics.CHAT_MESSAGES, TurnMother.followUp(conversation));

		assertThat(recorded(conversation)).isEqualTo(events.size() + 1);
		JsonNode trail = read("/conversations/" + conversation + "/trail");
		assertThat(trail.valueStream().limit(events.size()).map((entry) -> entry.get("eventId").asString()))
			.containsExactlyElementsOf(events.stream().map((event) -> event.getValue().id()).toList());
		assertThat(read("/conversations/" + conversation + "/verify").get("ok").asBoolean()).isTrue();
		JsonNode checks = read("/checks");
		assertThat(violationsOf(checks, "chains-verify", conversation)).isEmpty();
		assertThat(violationsOf(checks, "transfers-confirmed", conversation)).isEmpty();
		assertThat(violationsOf(checks, DECISIONS, conversation)).isEmpty();
		assertThat(read("/transfers?customer=" + customer).valueStream().map((entry) -> entry.get("type").asString()))
			.containsExactly("com.bank.assistant.transfer.TransferConfirmationRequested",
					"com.bank.assistant.transfer.TransferConfirmed", "com.bank.assistant.transfer.TransferExecuted");
	}

	@Test
	void modelStepsCarryingTheirDecisionsPassTheDecisionCheckAndOneWithoutIsReported() {
		String decided = newId("c-");
		String undecided = newId("c-");
		TurnMother.pixTransferTurn(decided).forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));

		// Every model step the other tests publish carries its decision, as the services
		// do.
		JsonNode before = check(read("/checks"), DECISIONS);
		List<Map.Entry<String, Envelope>> bare = TurnMother.undecidedIntent(undecided);
		bare.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));
		JsonNode after = read("/checks");

		assertThat(before.get("status").asString()).as(before.toString()).isEqualTo("PASSED");
		assertThat(before.get("checked").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(violationsOf(after, DECISIONS, decided)).isEmpty();
		assertThat(check(after, DECISIONS).get("status").asString()).isEqualTo("VIOLATED");
		assertThat(after.get("ok").asBoolean()).isFalse();
		assertThat(violationsOf(after, DECISIONS, undecided)).singleElement().satisfies((violation) -> {
			assertThat(violation.get("eventId").asString()).isEqualTo(bare.get(1).getValue().id());
			assertThat(violation.get("reason").asString()).startsWith("model step without a policy decision");
			assertThat(violation.get("records").get(0).get("type").asString())
				.isEqualTo("com.bank.assistant.nlu.IntentDetected");
		});
	}

	@Test
	void gateBlocksAreFoundByReasonOncePerBlockedStepAndPassTheDecisionCheck() {
		String conversation = newId("c-");
		String reason = "test_deadline_" + UUID.randomUUID().toString().substring(0, 8);
		List<Map.Entry<String, Envelope>> turn = TurnMother.blockedTurn(conversation, reason);
		turn.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));

		JsonNode blocks = read("/blocks?reason=" + reason);

		assertThat(blocks.valueStream().map((entry) -> entry.get("eventId").asString()))
			.containsExactly(turn.get(1).getValue().id(), turn.get(2).getValue().id());
		assertThat(blocks.get(1).get("envelope").get("data").get("decisions").get(1).get("step").asString())
			.isEqualTo("slot-extraction");
		assertThat(read("/blocks/reasons").get(reason).asLong()).as("intent and extractors, each once").isEqualTo(2);
		assertThat(violationsOf(read("/checks"), DECISIONS, conversation)).isEmpty();
	}

	@Test
	void anEditedRecordBreaksVerificationAndIsNamed() {
		String conversation = newId("c-");
		List<Map.Entry<String, Envelope>> turn = TurnMother.pixTransferTurn(conversation);
		turn.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));
		String edited = turn.get(3).getValue().id();

		this.jdbc
			.sql("UPDATE audit_events SET envelope = jsonb_set(envelope, '{data,amount,amount}', '\"2000.00\"')"
					+ " WHERE event_id = :id")
			.param("id", edited)
			.update();

		JsonNode verification = read("/conversations/" + conversation + "/verify");
		assertThat(verification.get("ok").asBoolean()).isFalse();
		assertThat(verification.get("brokenRecord").get("eventId").asString()).isEqualTo(edited);
		assertThat(verification.get("brokenRecord").get("sequence").asLong()).isEqualTo(4);
		assertThat(verification.get("recordsChecked").asInt()).isEqualTo(3);
		JsonNode violation = violationsOf(read("/checks"), "chains-verify", conversation).get(0);
		assertThat(violation.get("eventId").asString()).isEqualTo(edited);
		assertThat(violation.get("records").get(0).get("eventId").asString()).isEqualTo(edited);
	}

	@Test
	void aDeletedRecordBreaksVerificationAtTheNextOne() {
		String conversation = newId("c-");
		List<Map.Entry<String, Envelope>> turn = TurnMother.pixTransferTurn(conversation);
		turn.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));

		this.jdbc.sql("DELETE FROM audit_events WHERE conversation_id = :conversation AND sequence = 3")
			.param("conversation", conversation)
			.update();

		JsonNode verification = read("/conversations/" + conversation + "/verify");
		assertThat(verification.get("ok").asBoolean()).isFalse();
		assertThat(verification.get("brokenRecord").get("eventId").asString()).isEqualTo(turn.get(3).getValue().id());
		assertThat(verification.get("brokenRecord").get("reason").asString()).contains("expected sequence 3");
		assertThat(violationsOf(read("/checks"), "chains-verify", conversation)).hasSize(1);
	}

	@Test
	void aTransferExecutedWithoutAMatchingConfirmationIsReported() {
		String conversation = newId("c-");
		Envelope executed = TurnMother.unconfirmedExecution(conversation, newId("customer-"));

		publishAndAwait(Topics.TRANSFER_EVENTS, executed);

		List<JsonNode> violations = violationsOf(read("/checks"), "transfers-confirmed", conversation);
		assertThat(violations).hasSize(1);
		assertThat(violations.get(0).get("eventId").asString()).isEqualTo(executed.id());
		assertThat(violations.get(0).get("reason").asString()).contains("no earlier TransferConfirmed");
		assertThat(violations.get(0).get("records").get(0).get("type").asString())
			.isEqualTo("com.bank.assistant.transfer.TransferExecuted");
		assertThat(read("/checks").get("ok").asBoolean()).isFalse();
	}

	@Test
	void personalDataIsMaskedForAuditReadAndClearOnlyWithThePiiScope() throws Exception {
		String conversation = newId("c-");
		TurnMother.personalDataTurn(conversation).forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));
		String path = "/conversations/" + conversation + "/trail";
		List<String> personal = List.of("123.456.789-09", "12345678909", "98765-4321", "ana.souza@example.com",
				"Ana Souza", "Souza");

		String general = get(path, operations).body();
		String stored = this.jdbc
			.sql("SELECT string_agg(envelope::text, ' ') FROM audit_events" + " WHERE conversation_id = :conversation")
			.param("conversation", conversation)
			.query(String.class)
			.single();
		HttpResponse<String> withoutPiiScope = get(path + "?reveal=true", operations);
		HttpResponse<String> clear = get(path + "?reveal=true", AuthServerFixture.complianceOfficer());

		assertThat(personal).allSatisfy((datum) -> assertThat(general).doesNotContain(datum))
			.allSatisfy((datum) -> assertThat(stored).doesNotContain(datum));
		assertThat(general).contains("A*** S***", "***.456.789-**", "pix_transfer", "20.00");
		assertThat(withoutPiiScope.statusCode()).isEqualTo(403);
		assertThat(clear.statusCode()).isEqualTo(200);
		assertThat(clear.body()).contains(TurnMother.PERSONAL_TEXT, "Ana Souza", "12345678909");
		assertThat(read("/conversations/" + conversation + "/verify").get("ok").asBoolean()).isTrue();
	}

	@Test
	void everyCallNeedsAnAuditReadTokenButHealth() throws Exception {
		assertThat(get("/checks", null).statusCode()).isEqualTo(401);
		assertThat(get("/checks", AuthServerFixture.customer("demo")).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	@Test
	void refusalsAreFoundByReasonAndTheTrailExportsAsJsonLines() throws Exception {
		String conversation = newId("c-");
		String reason = "TEST_LIMIT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Envelope refused = TurnMother.refusal(conversation, reason);
		publishAndAwait(Topics.TRANSFER_EVENTS, refused);

		JsonNode blocks = read("/blocks?reason=" + reason);
		HttpResponse<String> export = get("/export?conversation=" + conversation, operations);

		assertThat(blocks.valueStream().map((entry) -> entry.get("eventId").asString())).containsExactly(refused.id());
		assertThat(read("/blocks/reasons").get(reason).asLong()).isEqualTo(1);
		assertThat(export.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/x-ndjson"));
		List<JsonNode> lines = export.body().lines().map(JSON::readTree).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).get("envelope").get("data").get("reason").asString()).isEqualTo(reason);
		assertThat(lines.get(0).get("view").asString()).isEqualTo("masked");
	}

	@Test
	void unreadableBytesAreQuarantinedNotLost() {
		String conversation = newId("c-");

		publish(Topics.NLU_SLOTS, conversation, "not an event".getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM unreadable_events WHERE kafka_key = :key")
				.param("key", conversation)
				.query(Long.class)
				.single() == 1);
		assertThat(recorded(conversation)).isZero();
	}

	private void publishAndAwait(String topic, Envelope envelope) {
		long before = recorded(envelope.conversationid().value());
		publish(topic, envelope.conversationid().value(), this.codec.write(envelope));
		await().atMost(Duration.ofSeconds(30)).until(() -> recorded(envelope.conversationid().value()) > before);
	}

	private static void publish(String topic, String key, byte[] payload) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
		// Headers as a Spring Cloud Stream producer writes them: JSON-encoded, with their
		// types.
		record.headers().add("contentType", ("\"" + Envelope.CONTENT_TYPE + "\"").getBytes(StandardCharsets.UTF_8));
		record.headers()
			.add("spring_json_header_types", "{\"contentType\":\"java.lang.String\"}".getBytes(StandardCharsets.UTF_8));
		try {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
		}
	}

	private long recorded(String conversation) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE conversation_id = :conversation")
			.param("conversation", conversation)
			.query(Long.class)
			.single();
	}

	private JsonNode read(String path) {
		try {
			HttpResponse<String> response = get(path, operations);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode check(JsonNode report, String name) {
		return report.get("checks")
			.valueStream()
			.filter((check) -> name.equals(check.get("name").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static List<JsonNode> violationsOf(JsonNode report, String check, String conversation) {
		return check(report, check).get("violations")
			.valueStream()
			.filter((violation) -> conversation.equals(violation.get("conversationId").asString()))
			.toList();
	}

	private static String newId(String prefix) {
		return prefix + UUID.randomUUID();
	}

}
