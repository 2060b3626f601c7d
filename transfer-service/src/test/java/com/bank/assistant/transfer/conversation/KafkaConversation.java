package com.bank.assistant.transfer.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.AssistantEvent;
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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One customer's conversation as slot-filling-service and a client see it on the real
 * Kafka: sends understood messages to the slots topic and collects what transfer-service
 * publishes for the conversation.
 */
final class KafkaConversation implements AutoCloseable {

	private static final byte[] CONTENT_TYPE_HEADER = ("\"" + Envelope.CONTENT_TYPE + "\"")
		.getBytes(StandardCharsets.UTF_8);

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final EventSource slotFilling;

	private final ConversationId conversation = new ConversationId("it-" + UUID.randomUUID());

	private final CustomerId customer;

	private final KafkaProducer<String, byte[]> producer;

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<Envelope> received = new ArrayList<>();

	private final Map<String, String> traceparents = new ConcurrentHashMap<>();

	KafkaConversation(CustomerId customer, Clock clock) {
		this.customer = customer;
		this.slotFilling = new EventSource("slot-filling-service", clock);
		String servers = SharedInfrastructure.endpoints().kafkaBootstrapServers();
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
				new StringSerializer(), new ByteArraySerializer());
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
						"it-" + this.conversation.value(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.DIALOG_REPLIES, Topics.TRANSFER_EVENTS));
	}

	/** The envelope of an understood message, not yet sent. */
	Envelope understood(AssistantEvent data) {
		return this.slotFilling.first(this.conversation, this.customer, Instant.now().plusSeconds(10), data);
	}

	/**
	 * Sends the envelope to the slots topic, keyed by conversation, and waits for the
	 * ack.
	 */
	Envelope send(Envelope envelope) {
		return send(envelope, null);
	}

	/**
	 * Sends the envelope as part of this W3C trace ({@code traceparent} header), if any.
	 */
	Envelope send(Envelope envelope, String traceparent) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.NLU_SLOTS,
				envelope.conversationid().value(), this.codec.write(envelope));
		record.headers().add("contentType", CONTENT_TYPE_HEADER);
		if (traceparent != null) {
			record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
		}
		try {
			this.producer.send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		return envelope;
	}

	/** Every event published for this conversation so far, once {@code done} holds. */
	List<Envelope> awaitUntil(Predicate<List<Envelope>> done, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!done.test(this.received) && Instant.now().isBefore(deadline)) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
				Envelope envelope = this.codec.read(record.value());
				if (this.conversation.equals(envelope.conversationid())) {
					this.received.add(envelope);
					Header trace = record.headers().lastHeader("traceparent");
					if (trace != null) {
						this.traceparents.put(envelope.id(), new String(trace.value(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return List.copyOf(this.received);
	}

	/** The {@code traceparent} header the event was published with, or null. */
	String traceparentOf(Envelope envelope) {
		return this.traceparents.get(envelope.id());
	}

	ConversationId conversation() {
		return this.conversation;
	}

	@Override
	public void close() {
		this.producer.close();
		this.consumer.close();
	}

}
