package com.bank.assistant.localstack.stack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.infra.InfrastructureEndpoints;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances each of intent-service and slot-filling-service, each its own JVM from
 * its executable jar as the local stack starts it, in one consumer group per service on
 * the real Kafka: the partitions of each service's input are shared between its two
 * instances, and every conversation's messages come out of both services in the order the
 * customer sent them.
 */
class ScaleOutIT {

	private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Xss512k");

	private static final List<String> SAID = List.of("oi", "quero fazer um pix", "0,01", "Ana Souza", "sim",
			"qual meu saldo?");

	private static final int CONVERSATIONS = 24;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<ServiceProcess> instances = new ArrayList<>();

	private static InfrastructureEndpoints infrastructure;

	@BeforeAll
	static void startTwoInstancesOfEach() throws InterruptedException {
		infrastructure = SharedInfrastructure.endpoints();
		Topology.createTopics(infrastructure);
		Path home = Path.of("..").toAbsolutePath().normalize();
		Path logs = Path.of("target", "scale-out-logs");
		for (String service : List.of("intent-service", "slot-filling-service")) {
			for (int instance = 1; instance <= 2; instance++) {
				ServiceSpec spec = new ServiceSpec(service + "-" + instance,
						home.resolve(service).resolve("target").resolve(service + "-exec.jar"),
						com.bank.assistant.infra.EmbeddedPorts.freePort(), "/actuator/health",
						Map.of("DEMO_DATA", "true"));
				instances
					.add(ServiceProcess.start(spec, infrastructure.environment(), JVM_OPTIONS, createDirectory(logs)));
			}
		}
		for (ServiceProcess instance : instances) {
			instance.awaitReady(Duration.ofSeconds(120));
		}
	}

	@AfterAll
	static void stopThem() throws InterruptedException {
		for (ServiceProcess instance : instances) {
			instance.stop();
		}
	}

	@Test
	void eachServicesTwoInstancesShareThePartitionsAndEveryConversationKeepsItsOrder() throws Exception {
		try (AdminClient admin = AdminClient
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
			Map<String, Set<Integer>> intentOwners = awaitSharing(admin, "intent-service", Topics.CHAT_MESSAGES);
			Map<String, Set<Integer>> slotOwners = awaitSharing(admin, "slot-filling-service", Topics.NLU_INTENTS);

			Map<String, List<String>> sent = sendInterleavedConversations();
			Map<String, List<ConsumerRecord<String, byte[]>>> intents = readUntilAllArrive(Topics.NLU_INTENTS, sent);
			Map<String, List<ConsumerRecord<String, byte[]>>> slots = readUntilAllArrive(Topics.NLU_SLOTS, sent);

			sent.forEach((conversation, messages) -> {
				assertThat(correlations(intents.get(conversation))).as(conversation).isEqualTo(messages);
				assertThat(correlations(slots.get(conversation))).as(conversation).isEqualTo(messages);
			});
			assertThat(partitionsUsed(intents)).containsExactly(0, 1, 2);
			// No rebalance while the messages went through: each partition had one owner.
			assertThat(owners(admin, "intent-service", Topics.CHAT_MESSAGES)).isEqualTo(intentOwners);
			assertThat(owners(admin, "slot-filling-service", Topics.NLU_INTENTS)).isEqualTo(slotOwners);
		}
	}

	/**
	 * Waits until two members of the group own the topic's three partitions between them.
	 */
	private static Map<String, Set<Integer>> awaitSharing(AdminClient admin, String group, String topic)
			throws InterruptedException, ExecutionException {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			Map<String, Set<Integer>> owners = owners(admin, group, topic);
			assertThat(owners).as(group + " members owning " + topic).hasSize(2);
			assertThat(owners.values()).allSatisfy((partitions) -> assertThat(partitions).isNotEmpty());
			assertThat(owners.values().stream().flatMap(Set::stream).sorted().toList()).containsExactly(0, 1, 2);
		});
		return owners(admin, group, topic);
	}

	/** Partitions of {@code topic} per member of {@code group} that owns any. */
	private static Map<String, Set<Integer>> owners(AdminClient admin, String group, String topic)
			throws InterruptedException, ExecutionException {
		ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
		Map<String, Set<Integer>> owners = new HashMap<>();
		description.members().forEach((member) -> {
			Set<Integer> partitions = member.assignment()
				.topicPartitions()
				.stream()
				.filter((partition) -> partition.topic().equals(topic))
				.map(TopicPartition::partition)
				.collect(Collectors.toCollection(TreeSet::new));
			if (!partitions.isEmpty()) {
				owners.put(member.consumerId(), partitions);
			}
		});
		return owners;
	}

	/**
	 * Every conversation's messages, sent round-robin across conversations as fast as the
	 * producer goes; the message ids per conversation in the order sent.
	 */
	private static Map<String, List<String>> sendInterleavedConversations() {
		EventSource source = new EventSource("gateway", Clock.systemUTC());
		EnvelopeCodec codec = new EnvelopeCodec();
		Map<String, List<String>> sent = new LinkedHashMap<>();
		for (int c = 0; c < CONVERSATIONS; c++) {
			sent.put("c-scale-" + UUID.randomUUID(), new ArrayList<>());
		}
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
						ProducerConfig.LINGER_MS_CONFIG, 0),
				new StringSerializer(), new ByteArraySerializer())) {
			for (String text : SAID) {
				sent.forEach((conversation, messages) -> {
					Envelope message = source.first(new ConversationId(conversation), new CustomerId("demo"),
							Instant.now().plusSeconds(60), new MessageReceived(text, "pt-BR", "api"));
					messages.add(message.id());
					producer.send(new ProducerRecord<>(Topics.CHAT_MESSAGES, conversation, codec.write(message)));
				});
			}
		}
		return sent;
	}

	/** The topic's records per conversation, once every sent message's has arrived. */
	private static Map<String, List<ConsumerRecord<String, byte[]>>> readUntilAllArrive(String topic,
			Map<String, List<String>> sent) {
		long expected = sent.values().stream().mapToLong(List::size).sum();
		Map<String, List<ConsumerRecord<String, byte[]>>> received = new HashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "scale-out-probe-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			long count = 0;
			while (count < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (sent.containsKey(record.key())) {
						received.computeIfAbsent(record.key(), (key) -> new ArrayList<>()).add(record);
						count++;
					}
				}
			}
		}
		return received;
	}

	private static List<String> correlations(List<ConsumerRecord<String, byte[]>> records) {
		assertThat(records).isNotNull();
		assertThat(records.stream().map(ConsumerRecord::partition).distinct()).as("one partition").hasSize(1);
		return records.stream().map((record) -> {
			JsonNode envelope = JSON.readTree(record.value());
			return envelope.path("correlationid").asString();
		}).toList();
	}

	private static List<Integer> partitionsUsed(Map<String, List<ConsumerRecord<String, byte[]>>> records) {
		return records.values()
			.stream()
			.flatMap(List::stream)
			.map(ConsumerRecord::partition)
			.distinct()
			.sorted()
			.toList();
	}

	private static Path createDirectory(Path directory) {
		try {
			return java.nio.file.Files.createDirectories(directory);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
