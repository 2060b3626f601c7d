package com.bank.assistant.gate.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.gate.KnownRules;
import com.bank.assistant.messaging.EnvelopeCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Follows the compacted rules topic from its beginning on one thread, without a consumer
 * group (every gate reads everything), and hands each {@code PolicyRulesPublished} to the
 * known rules. While the topic does not exist or Kafka is away, it keeps trying and the
 * gate keeps its last rules.
 */
public final class RulesFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RulesFeed.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private final Map<String, Object> consumerSettings;

	private final String topic;

	private final KnownRules known;

	private final EnvelopeCodec codec;

	private volatile KafkaConsumer<String, byte[]> consumer;

	private volatile Thread thread;

	/** A feed of {@code topic} on the brokers at {@code bootstrapServers}. */
	public RulesFeed(String bootstrapServers, String topic, KnownRules known, EnvelopeCodec codec) {
		this.consumerSettings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		this.topic = topic;
		this.known = known;
		this.codec = codec;
	}

	@Override
	public void start() {
		this.consumer = new KafkaConsumer<>(this.consumerSettings, new StringDeserializer(),
				new ByteArrayDeserializer());
		this.thread = new Thread(this::follow, "policy-rules-feed");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		KafkaConsumer<String, byte[]> running = this.consumer;
		if (running != null) {
			running.wakeup();
			join();
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void follow() {
		try (KafkaConsumer<String, byte[]> kafka = this.consumer) {
			while (!Thread.currentThread().isInterrupted()) {
				if (kafka.assignment().isEmpty()) {
					assign(kafka);
				}
				else {
					kafka.poll(POLL).forEach(this::read);
				}
			}
		}
		catch (WakeupException ex) {
			log.debug("Rules feed stopped");
		}
	}

	private void assign(KafkaConsumer<String, byte[]> kafka) {
		try {
			List<PartitionInfo> partitions = kafka.partitionsFor(this.topic, POLL);
			if (partitions == null || partitions.isEmpty()) {
				Thread.sleep(POLL.toMillis());
				return;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((partition) -> new TopicPartition(this.topic, partition.partition()))
				.toList();
			kafka.assign(assigned);
			kafka.seekToBeginning(assigned);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (WakeupException ex) {
			throw ex;
		}
		catch (KafkaException ex) {
			log.warn("Rules topic {} not readable yet: {}", this.topic, ex.getMessage());
		}
	}

	private void read(ConsumerRecord<String, byte[]> record) {
		try {
			Envelope envelope = this.codec.read(record.value());
			if (envelope.data() instanceof PolicyRulesPublished rules) {
				this.known.accept(rules, envelope.time());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Skipped an unreadable rules record at offset {}: {}", record.offset(), ex.getMessage());
		}
	}

	private void join() {
		try {
			Thread running = this.thread;
			if (running != null) {
				running.join(5_000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
