package com.bank.assistant.slots.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * policy-service down: a rules topic nobody writes, then rules gone stale. Turns are
 * still answered, and never escalated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class NoRulesEscalationIT {

	private static final RulesTopic RULES = new RulesTopic();

	private static final ChatCompletionsServer LARGE_MODEL = ChatCompletionsServer.start();

	private final EnvelopeCodec codec = new EnvelopeCodec();

	@Autowired
	private IntentEscalation escalation;

	@Autowired
	private PolicyGate gate;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LargeTierProperties.register(registry, RULES, LARGE_MODEL);
	}

	@AfterAll
	static void stopLargeModel() {
		LARGE_MODEL.close();
	}

	@Test
	void withoutRulesTheTurnIsAnsweredAndNotEscalated() {
		PolicyDecision decision = escalate();
		assertThat(decision.outcome()).isEqualTo("BLOCK");
		assertThat(decision.reason()).isEqualTo("rules_unavailable");
		assertThat(decision.ruleVersion()).isEqualTo("none");

		String conversation = "c-" + UUID.randomUUID();
		publishIntent(conversation);
		assertThat(replyTo(conversation).source()).isEqualTo("/slot-filling-service");

		RULES.publish("rules-9", Instant.now().minus(Duration.ofMinutes(5)), "0.50", 1500);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.gate.rules().isPresent());
		assertThat(escalate().reason()).isEqualTo("rules_stale");
		assertThat(LARGE_MODEL.received()).isEmpty();
	}

	private PolicyDecision escalate() {
		Envelope out = this.escalation.apply(TurnMother.unsureTransfer("demo", "5000.00", 3000));
		assertThat(out.dataAs(SlotsUpdated.class).intent()).isEqualTo("inform");
		return out.dataAs(SlotsUpdated.class).decisions().get(0);
	}

	private void publishIntent(String conversation) {
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), Instant.now().plusSeconds(3),
				new MessageReceived("manda 5000 pro João", "pt-BR", "web"));
		ModelUsage usage = new ModelUsage("intent-ngram-minilm-q-logreg", "it", 900,
				new java.math.BigDecimal("0.000001"));
		Envelope intent = new EventSource("intent-service", Clock.systemUTC()).next(message,
				new IntentDetected("manda 5000 pro João", "pt-BR", "inform", 0.35,
						List.of(new IntentScore("pix_transfer", 0.31)), usage),
				usage);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.NLU_INTENTS, conversation, this.codec.write(intent)));
		}
	}

	private Envelope replyTo(String conversation) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(), ConsumerConfig.GROUP_ID_CONFIG,
						"it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.NLU_SLOTS));
			return await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (conversation.equals(record.key())) {
						return this.codec.read(record.value());
					}
				}
				return null;
			}, (envelope) -> envelope != null);
		}
	}

	private static String bootstrap() {
		return SharedInfrastructure.endpoints().kafkaBootstrapServers();
	}

}
