package com.bank.assistant.transfer.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsExtracted;
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

/**
 * One customer's conversation as the slot-filling service and a client see it on Kafka:
 * sends {@code SlotsExtracted} and collects what transfer-service publishes for it.
 */
final class KafkaConversation implements AutoCloseable {

	private static final byte[] CONTENT_TYPE_HEADER = ("\"" + Envelope.CONTENT_TYPE + "\"")
		.getBytes(StandardCharsets.UTF_8);

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final EventSource slotFilling = new EventSource("slot-filling-service", Clock.systemUTC());

	private final ConversationId conversation = new ConversationId("kafka-it-" + UUID.randomUUID());

	private final CustomerId customer;

	private final KafkaProducer<String, byte[]> producer;

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<Envelope> received = new ArrayList<>();

	KafkaConversation(CustomerId customer) {
		this.customer = customer;
		String servers = SharedInfrastructure.endpoints().kafkaBootstrapServers();
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
				new StringSerializer(), new ByteArraySerializer());
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
						"it-" + this.conversation.value(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.DIALOG_REPLIES, Topics.TRANSFER_EVENTS));
	}

	/** The envelope of a message the NLU understood, not yet sent. */
	Envelope understood(String text, String intent, Map<String, String> slots) {
		Map<String, SlotValue> values = new LinkedHashMap<>();
		slots.forEach((name, value) -> values.put(name, new SlotValue(value, 0, text.length(), 0.95)));
		SlotsExtracted data = new SlotsExtracted(text, "pt-BR", intent, 0.95, values, null);
		return this.slotFilling.first(this.conversation, this.customer, Instant.now().plusSeconds(10), data);
	}

	/**
	 * Sends the envelope to the slots topic, keyed by conversation, and waits for the
	 * ack.
	 */
	Envelope send(Envelope envelope) throws ExecutionException, InterruptedException {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.NLU_SLOTS,
				envelope.conversationid().value(), this.codec.write(envelope));
		// As the binder writes it for every producing service (EventSource.keyed sets
		// it).
		record.headers().add("contentType", CONTENT_TYPE_HEADER);
		this.producer.send(record).get();
		return envelope;
	}

	/** Every event published for this conversation so far, once {@code done} holds. */
	List<Envelope> awaitUntil(Predicate<List<Envelope>> done, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!done.test(this.received) && Instant.now().isBefore(deadline)) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
				Envelope envelope = this.codec.read(record.value());
				if (this.conversation.equals(envelope.conversationid())) {
					this.received.add(envelope);
				}
			}
		}
		return List.copyOf(this.received);
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
