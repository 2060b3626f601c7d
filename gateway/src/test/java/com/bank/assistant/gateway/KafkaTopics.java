package com.bank.assistant.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.bank.assistant.infra.SharedInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the shared Kafka's topics directly, as a test's eyes on what was published. */
final class KafkaTopics {

	private KafkaTopics() {
	}

	/** The end offset of each partition of the topic. */
	static Map<TopicPartition, Long> endOffsets(String topic) {
		try (KafkaConsumer<String, byte[]> consumer = consumer("probe", "latest")) {
			return consumer.endOffsets(partitions(consumer, topic));
		}
	}

	/** Every record written to the topic after these offsets, read for a short while. */
	static List<ConsumerRecord<String, byte[]>> recordsAfter(Map<TopicPartition, Long> offsets) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer("probe", "latest")) {
			consumer.assign(offsets.keySet());
			offsets.forEach(consumer::seek);
			long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			while (System.nanoTime() < until) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	/** Whether an anonymous consumer group (a gateway's) has partitions of the topic. */
	static boolean anonymousConsumerAssigned(String topic) throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers()))) {
			Set<String> groups = admin.listConsumerGroups()
				.all()
				.get()
				.stream()
				.map(ConsumerGroupListing::groupId)
				.filter((group) -> group.startsWith("anonymous."))
				.collect(Collectors.toSet());
			Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups).all().get();
			return descriptions.values()
				.stream()
				.flatMap((group) -> group.members().stream())
				.flatMap((member) -> member.assignment().topicPartitions().stream())
				.anyMatch((partition) -> partition.topic().equals(topic));
		}
	}

	static KafkaConsumer<String, byte[]> consumer(String group, String offsetReset) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(),
				ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, offsetReset,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
	}

	static String servers() {
		return SharedInfrastructure.endpoints().kafkaBootstrapServers();
	}

	private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
		return consumer.partitionsFor(topic, Duration.ofSeconds(10))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
	}

}
