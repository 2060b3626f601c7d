package com.bank.assistant.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka as the code uses it: a KafkaTopic for every topic of contracts' Topics and for
 * every dead-letter topic, and a lag-driven ScaledObject for every consumer group.
 */
class KafkaManifestsTest {

	static final List<String> OVERLAYS = Manifests.OVERLAYS;

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyTopicOfTheCodeIsAKafkaTopicOfTheCluster(String overlay) {
		Manifests manifests = Manifests.of(overlay);
		String cluster = manifests.ofKind("Kafka").get(0).name();

		assertThat(Repository.topics()).allSatisfy((topic) -> {
			Doc kafkaTopic = topic(manifests, topic);
			assertThat(kafkaTopic.string("metadata", "labels", "strimzi.io/cluster")).isEqualTo(cluster);
			assertThat(kafkaTopic.string("spec", "partitions")).isEqualTo(partitions(manifests));
			assertThat(kafkaTopic.map("spec", "config")).containsKey("retention.ms");
		});
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyConsumerGroupHasADeadLetterTopicPerTopicItReads(String overlay) {
		Manifests manifests = Manifests.of(overlay);

		Repository.consumerGroups()
			.forEach((group, topics) -> assertThat(topics).allSatisfy(
					(topic) -> assertThat(topic(manifests, "error." + topic + "." + group).map("spec", "config"))
						.containsKey("retention.ms")));
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyConsumerGroupScalesOnItsLagUpToOneReplicaAPartition(String overlay) {
		Manifests manifests = Manifests.of(overlay);
		Map<String, Object> config = manifests.configMap("assistant-config");

		Repository.consumerGroups().forEach((group, topics) -> {
			Doc scaled = manifests.named("ScaledObject", group)
				.orElseThrow(() -> new AssertionError("No ScaledObject for the consumer group " + group));
			assertThat(scaled.string("spec", "scaleTargetRef", "name")).isEqualTo(group);
			assertThat(manifests.named("Deployment", group)).isPresent();
			List<Doc> triggers = scaled.list("spec", "triggers");
			assertThat(triggers).allSatisfy((trigger) -> {
				assertThat(trigger.string("type")).isEqualTo("kafka");
				assertThat(trigger.string("metadata", "consumerGroup")).isEqualTo(group);
				assertThat(trigger.string("metadata", "bootstrapServers"))
					.isEqualTo(config.get("KAFKA_BOOTSTRAP_SERVERS"));
			});
			assertThat(triggers).extracting((trigger) -> trigger.string("metadata", "topic"))
				.containsExactlyInAnyOrderElementsOf(topics);
			assertThat(Integer.parseInt(scaled.string("spec", "maxReplicaCount")))
				.isLessThanOrEqualTo(Integer.parseInt(partitions(manifests)));
		});
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void theGatewayWhoseReplyConsumerHasNoGroupScalesOnCpu(String overlay) {
		Manifests manifests = Manifests.of(overlay);

		assertThat(Repository.consumerGroups()).doesNotContainKey("gateway");
		Doc autoscaler = manifests.named("HorizontalPodAutoscaler", "gateway").orElseThrow();
		assertThat(autoscaler.string("spec", "scaleTargetRef", "name")).isEqualTo("gateway");
		assertThat(autoscaler.list("spec", "metrics")).extracting((metric) -> metric.string("resource", "name"))
			.containsExactly("cpu");
		assertThat(manifests.ofKind("ScaledObject")).extracting(Doc::name)
			.doesNotContain("gateway")
			.containsExactlyInAnyOrderElementsOf(Set.copyOf(Repository.consumerGroups().keySet()));
	}

	private static Doc topic(Manifests manifests, String topic) {
		return manifests.ofKind("KafkaTopic")
			.stream()
			.filter((kafkaTopic) -> topic.equals(kafkaTopic.string("spec", "topicName"))
					|| kafkaTopic.string("spec", "topicName") == null && topic.equals(kafkaTopic.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No KafkaTopic " + topic));
	}

	/** The partition count the binder requires of every topic (KAFKA_PARTITIONS). */
	private static String partitions(Manifests manifests) {
		return manifests.configMap("assistant-config").get("KAFKA_PARTITIONS").toString();
	}

}
