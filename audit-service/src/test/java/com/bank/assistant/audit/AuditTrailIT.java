package com.bank.assistant.audit;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT {

	private static KafkaProducer<String, byte[]> producer;

	@Autowired
	private EnvelopeCodec codec;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("audit").forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeAll
	static void startProducer() {
		producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
						SharedInfrastructure.endpoints().kafkaBootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 0),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterAll
	static void stopProducer() {
		producer.close();
	}

	@Test
	void trailHoldsATurnFromEveryTopicInOrderAndVerifies() {
		String conversation = newConversation();
		List<Map.Entry<String, Envelope>> turn = TurnMother.pixTransferTurn(conversation);

		turn.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));

		JsonNode trail = get("/conversations/" + conversation + "/trail");
		assertThat(trail.valueStream().map((entry) -> entry.get("eventId").asString()))
			.containsExactlyElementsOf(turn.stream().map((event) -> event.getValue().id()).toList());
		assertThat(trail.valueStream().map((entry) -> entry.get("topic").asString()))
			.containsExactlyElementsOf(turn.stream().map(Map.Entry::getKey).toList());
		assertThat(trail.get(1).get("envelope").get("data").get("intent").asString()).isEqualTo("pix_transfer");
		assertThat(trail.get(4).get("sequence").asLong()).isEqualTo(5);
		assertThat(get("/conversations/" + conversation + "/verify").get("ok").asBoolean()).isTrue();
	}

	@Test
	void republishedEventAddsNothing() {
		String conversation = newConversation();
		Envelope message = TurnMother.followUp(conversation);
		publishAndAwait(Topics.CHAT_MESSAGES, message);

		publish(Topics.CHAT_MESSAGES, conversation, this.codec.write(message));
		publishAndAwait(Topics.CHAT_MESSAGES, TurnMother.followUp(conversation));

		assertThat(recorded(conversation)).isEqualTo(2);
		assertThat(get("/conversations/" + conversation + "/verify").get("ok").asBoolean()).isTrue();
	}

	@Test
	void verifyNamesAnEditedRecord() {
		String conversation = newConversation();
		List<Map.Entry<String, Envelope>> turn = TurnMother.pixTransferTurn(conversation);
		turn.forEach((event) -> publishAndAwait(event.getKey(), event.getValue()));
		String edited = turn.get(3).getValue().id();

		this.jdbc
			.sql("UPDATE audit_events SET envelope = jsonb_set(envelope, '{data,amount,amount}', '\"2000.00\"')"
					+ " WHERE event_id = :id")
			.param("id", edited)
			.update();

		JsonNode verification = get("/conversations/" + conversation + "/verify");
		assertThat(verification.get("ok").asBoolean()).isFalse();
		assertThat(verification.get("brokenRecord").get("eventId").asString()).isEqualTo(edited);
		assertThat(verification.get("brokenRecord").get("sequence").asLong()).isEqualTo(4);
		assertThat(verification.get("recordsChecked").asInt()).isEqualTo(3);
	}

	@Test
	void unreadableBytesAreQuarantinedNotLost() {
		String conversation = newConversation();

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

	private JsonNode get(String path) {
		return RestClient.create("http://localhost:" + this.port).get().uri(path).retrieve().body(JsonNode.class);
	}

	private static String newConversation() {
		return "c-" + UUID.randomUUID();
	}

}
