package com.bank.assistant.policy;

import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes envelopes to a topic of the shared Kafka, keyed by conversation, as their
 * producers do.
 */
final class TopicWriter {

	private static final EnvelopeCodec CODEC = new EnvelopeCodec();

	private TopicWriter() {
	}

	static void publish(String topic, Iterable<Envelope> envelopes) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
						SharedInfrastructure.endpoints().kafkaBootstrapServers()),
				new StringSerializer(), new ByteArraySerializer())) {
			envelopes.forEach((envelope) -> producer
				.send(new ProducerRecord<>(topic, envelope.conversationid().value(), CODEC.write(envelope))));
		}
	}

}
