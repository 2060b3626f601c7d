package com.bank.assistant.intent.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
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
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on real Kafka: every message, bad ones included, in one conversation's
 * partition, gets its IntentDetected in order, with model version, alternatives, cost,
 * the policy gate's decision and a deadline narrowed to the intent's SLA; a message whose
 * deadline is already spent is not run through the model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IntentDetectionIT {

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final Map<String, Instant> messageTimes = new ConcurrentHashMap<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties(null).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void everyMessageGetsItsIntentInOrderAndBadInputBlocksNothing() {
		ConversationId conversation = new ConversationId("c-" + UUID.randomUUID());
		List<String> texts = List.of("", "😀🎉", "x".repeat(10_000), "你好", "transfere 20 reais pra Ana",
				"qual meu saldo?");
		publish(conversation, texts, Instant.now().plusSeconds(30));

		List<Envelope> envelopes = intentsOf(conversation, texts.size());
		List<IntentDetected> detected = envelopes.stream().map((e) -> e.dataAs(IntentDetected.class)).toList();

		assertThat(detected).extracting(IntentDetected::intent)
			.containsExactly("out_of_scope", "out_of_scope", "out_of_scope", "out_of_scope", "pix_transfer",
					"check_balance");
		IntentDetected transfer = detected.get(4);
		assertThat(transfer.confidence()).isBetween(0.4, 1.0);
		assertThat(transfer.alternatives()).hasSize(3);
		assertThat(transfer.model().version()).matches("[0-9a-f]{16}");
		assertThat(transfer.model().model()).isEqualTo("intent-ngram-minilm-q-logreg");
		assertThat(transfer.model().cost()).isPositive();
		PolicyDecision decision = transfer.decisions().get(0);
		assertThat(decision.step()).isEqualTo("intent-detection");
		assertThat(decision.tier()).isEqualTo(transfer.model().model());
		assertThat(decision.outcome()).isEqualTo("ALLOW");
		assertThat(decision.result()).isEqualTo("answered");
		assertThat(decision.actualCost()).isEqualByComparingTo(transfer.model().cost());
		Envelope balance = envelopes.get(5);
		assertThat(balance.deadline()).as("the gateway's 30 s narrowed to check_balance's SLA")
			.isEqualTo(sla(balance, 2000));
		assertThat(envelopes.get(4).deadline()).isEqualTo(sla(envelopes.get(4), 3000));
	}

	@Test
	void aMessageWhoseDeadlineIsSpentIsNotRunThroughTheModel() {
		ConversationId conversation = new ConversationId("c-" + UUID.randomUUID());
		publish(conversation, List.of("qual meu saldo?"), Instant.now().minusSeconds(1));

		IntentDetected detected = intentsOf(conversation, 1).get(0).dataAs(IntentDetected.class);

		assertThat(detected.intent()).isEqualTo("out_of_scope");
		assertThat(detected.confidence()).isZero();
		assertThat(detected.model()).isNull();
		assertThat(detected.locale()).isEqualTo("pt-BR");
		assertThat(detected.decisions()).singleElement().satisfies((decision) -> {
			assertThat(decision.outcome()).isEqualTo("BLOCK");
			assertThat(decision.reason()).isEqualTo("deadline");
			assertThat(decision.result()).isNull();
		});
	}

	/** The deadline of an intent with this SLA, from the gateway's message time. */
	private Instant sla(Envelope detected, long millis) {
		return this.messageTimes.get(detected.correlationid()).plusMillis(millis);
	}

	private void publish(ConversationId conversation, List<String> texts, Instant deadline) {
		EventSource gateway = new EventSource("gateway", Clock.systemUTC());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			for (String text : texts) {
				Envelope message = gateway.first(conversation, new CustomerId("demo"), deadline,
						new MessageReceived(text, null, "api"));
				this.messageTimes.put(message.id(), message.time());
				producer
					.send(new ProducerRecord<>(Topics.CHAT_MESSAGES, conversation.value(), this.codec.write(message)));
			}
		}
	}

	private List<Envelope> intentsOf(ConversationId conversation, int expected) {
		Map<String, Object> config = new HashMap<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(), ConsumerConfig.GROUP_ID_CONFIG,
						"it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
		List<Envelope> found = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.NLU_INTENTS));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (found.size() < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					Envelope envelope = this.codec.read(record.value());
					if (conversation.equals(envelope.conversationid())) {
						found.add(envelope);
					}
				}
			}
		}
		return found;
	}

	private static String bootstrap() {
		return SharedInfrastructure.endpoints().kafkaBootstrapServers();
	}

}
