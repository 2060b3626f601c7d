package com.bank.assistant.slots.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.contracts.event.TierFigures;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A rules topic of the test's own, written as policy-service writes
 * {@code assistant.policy.rules}: compacted, one key, {@code PolicyRulesPublished}
 * envelopes.
 */
final class RulesTopic {

	private final String name = "it.policy.rules." + UUID.randomUUID();

	private final EnvelopeCodec codec = new EnvelopeCodec();

	String name() {
		return this.name;
	}

	void create() {
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
			admin
				.createTopics(
						List.of(new NewTopic(this.name, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
				.all()
				.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Publishes version {@code version}, stamped {@code at}. */
	void publish(String version, Instant at, String customerBudget, long largeP95Millis) {
		GateRules rules = new GateRules(new BigDecimal("0.01"), new BigDecimal("0.01"), 100, 0.6, "P1D",
				new BigDecimal(customerBudget), new BigDecimal("200.00"));
		List<TierFigures> tiers = List.of(
				new TierFigures("slot-extractors", "IN_PROCESS", new BigDecimal("0.000001"), BigDecimal.ZERO,
						BigDecimal.ZERO, 1, 10, true),
				new TierFigures("large-model", "REMOTE", BigDecimal.ZERO, new BigDecimal("0.0025"),
						new BigDecimal("0.01"), largeP95Millis, 0, true));
		PolicyRulesPublished published = new PolicyRulesPublished(version, at, rules, tiers);
		String type = EventTypes.POLICY_RULES_PUBLISHED;
		Envelope envelope = new Envelope(Envelope.SPEC_VERSION, UUID.randomUUID().toString(), "/policy-service", type,
				"policy-rules", at, "application/json", 1, new ConversationId("policy-rules"), null, null, null, null,
				"0", published);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(this.name, "policy-rules", this.codec.write(envelope)));
		}
	}

	private static String bootstrap() {
		return SharedInfrastructure.endpoints().kafkaBootstrapServers();
	}

}
