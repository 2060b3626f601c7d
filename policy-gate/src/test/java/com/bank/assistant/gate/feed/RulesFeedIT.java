package com.bank.assistant.gate.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.gate.KnownRules;
import com.bank.assistant.gate.RulesMother;
import com.bank.assistant.gate.RulesSnapshot;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RulesFeedIT {

	private final String topic = "it.policy.rules." + UUID.randomUUID();

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final KnownRules known = new KnownRules();

	@Test
	void aGateStartedBeforeTheTopicExistsReadsTheRulesOnceTheyArePublished() throws Exception {
		RulesFeed feed = new RulesFeed(bootstrap(), this.topic, this.known, this.codec);
		feed.start();
		try {
			Thread.sleep(1_000);
			assertThat(this.known.current()).isEmpty();

			createCompactedTopic();
			publish(RulesMother.published("rules-1", 1500));
			publish(RulesMother.published("rules-2", 1400));

			RulesSnapshot rules = await().atMost(Duration.ofSeconds(20))
				.until(() -> this.known.current().orElse(null),
						(snapshot) -> snapshot != null && "rules-2".equals(snapshot.version()));
			assertThat(rules.tier(RulesMother.LARGE).orElseThrow().p95Millis()).isEqualTo(1400);
		}
		finally {
			feed.stop();
		}
	}

	@Test
	void aGateStartedLaterReadsTheRulesFromTheBeginning() throws Exception {
		createCompactedTopic();
		publish(RulesMother.published("rules-5", 1500));
		RulesFeed feed = new RulesFeed(bootstrap(), this.topic, this.known, this.codec);

		feed.start();
		try {
			await().atMost(Duration.ofSeconds(20)).until(() -> this.known.current().isPresent());
			assertThat(this.known.current().orElseThrow().version()).isEqualTo("rules-5");
		}
		finally {
			feed.stop();
		}
		assertThat(feed.isRunning()).isFalse();
	}

	private void createCompactedTopic() throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
			admin
				.createTopics(java.util.List
					.of(new NewTopic(this.topic, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
				.all()
				.get();
		}
	}

	private void publish(PolicyRulesPublished rules) {
		Envelope envelope = new EventSource("policy-service", Clock.systemUTC())
			.first(new ConversationId("policy-rules"), null, null, rules);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(this.topic, "policy-rules", this.codec.write(envelope)));
		}
	}

	private static String bootstrap() {
		return SharedInfrastructure.endpoints().kafkaBootstrapServers();
	}

}
