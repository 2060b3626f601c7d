package com.bank.assistant.localstack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * The bare Kafka hop on this machine: a plain producer sends one record, a plain consumer
 * of the same broker receives it, one record in flight at a time. The producer and
 * consumer settings that matter for latency are the services' ({@code acks=all},
 * {@code linger.ms=0}, idempotence, {@code read_committed}), without Spring, CloudEvents
 * or any work per record: the floor a hop of the assistant cannot go below.
 */
public final class KafkaHop implements AutoCloseable {

	/** A topic of its own, one partition, so that no service sees these records. */
	static final String TOPIC = "bench.kafka-hop";

	private final KafkaProducer<Long, Long> producer;

	private final KafkaConsumer<Long, Long> consumer;

	private long sequence;

	private KafkaHop(String bootstrapServers) {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new LongSerializer(), new LongSerializer());
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new LongDeserializer(), new LongDeserializer());
		TopicPartition partition = new TopicPartition(TOPIC, 0);
		this.consumer.assign(List.of(partition));
		this.consumer.seekToEnd(List.of(partition));
		this.consumer.position(partition);
	}

	/** Creates the probe's topic if needed and connects a producer and a consumer. */
	public static KafkaHop open(String bootstrapServers) {
		try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				10_000))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create " + TOPIC, ex.getCause());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return new KafkaHop(bootstrapServers);
	}

	/**
	 * Sends records one at a time, {@code paceMillis} apart, while {@code goOn} says so
	 * and at most {@code samples} times; the histogram of their hops in microseconds.
	 */
	public Histogram measure(int samples, long paceMillis, BooleanSupplier goOn) throws InterruptedException {
		Histogram micros = BenchReport.newHistogram();
		for (int i = 0; i < samples && goOn.getAsBoolean(); i++) {
			micros.recordValue(Math.min(hop() / 1_000, BenchReport.HIGHEST_MICROS));
			if (paceMillis > 0) {
				Thread.sleep(paceMillis);
			}
		}
		return micros;
	}

	/** One record from send to receipt, in nanoseconds. */
	private long hop() {
		long id = ++this.sequence;
		long sent = System.nanoTime();
		this.producer.send(new ProducerRecord<>(TOPIC, 0, id, id));
		while (System.nanoTime() - sent < Duration.ofSeconds(10).toNanos()) {
			for (ConsumerRecord<Long, Long> received : this.consumer.poll(Duration.ofMillis(100))) {
				if (received.value() == id) {
					return System.nanoTime() - sent;
				}
			}
		}
		throw new IllegalStateException("A record sent to " + TOPIC + " did not arrive in 10 s");
	}

	@Override
	public void close() {
		this.producer.close();
		this.consumer.close();
	}

}
