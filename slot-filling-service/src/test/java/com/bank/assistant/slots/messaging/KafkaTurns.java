package com.bank.assistant.slots.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.SlotsUpdated;
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
 * One demo customer's conversation as slot-filling-service's neighbours see it on Kafka:
 * intent-service's {@code IntentDetected}, transfer-service's {@code AssistantReplied},
 * and the {@code SlotsUpdated} that come back.
 */
final class KafkaTurns implements AutoCloseable {

	private static final byte[] CONTENT_TYPE_HEADER = ("\"" + Envelope.CONTENT_TYPE + "\"")
		.getBytes(StandardCharsets.UTF_8);

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final EventSource gateway = new EventSource("gateway", Clock.systemUTC());

	private final EventSource intents = new EventSource("intent-service", Clock.systemUTC());

	private final EventSource dialog = new EventSource("transfer-service", Clock.systemUTC());

	private final ConversationId conversation = new ConversationId("slots-it-" + UUID.randomUUID());

	private final KafkaProducer<String, byte[]> producer;

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<Envelope> received = new ArrayList<>();

	KafkaTurns() {
		String servers = SharedInfrastructure.endpoints().kafkaBootstrapServers();
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
				new StringSerializer(), new ByteArraySerializer());
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
						"it-" + this.conversation.value(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.NLU_SLOTS));
	}

	/** The envelope intent-service would publish for this message, not yet sent. */
	Envelope detected(String intent, String text) {
		return detected(intent, text, "pt-BR");
	}

	/**
	 * The envelope intent-service would publish for this message in {@code locale} (null:
	 * its words did not tell), not yet sent.
	 */
	Envelope detected(String intent, String text, String locale) {
		Envelope message = this.gateway.first(this.conversation, new CustomerId("demo"), Instant.now().plusSeconds(30),
				new MessageReceived(text, locale, "api"));
		ModelUsage usage = new ModelUsage("intent-test", "1", 100, java.math.BigDecimal.ZERO);
		return this.intents.next(message, new IntentDetected(text, locale, intent, 0.95, List.of(), usage), usage);
	}

	/** The customer says something; the update slot filling publishes for it. */
	SlotsUpdated says(String intent, String text) throws Exception {
		return says(intent, text, "pt-BR");
	}

	/** The customer says something in {@code locale}; the update published for it. */
	SlotsUpdated says(String intent, String text, String locale) throws Exception {
		return updateOf(send(Topics.NLU_INTENTS, detected(intent, text, locale))).dataAs(SlotsUpdated.class);
	}

	/** The dialog's reply to the message an update answered. */
	void dialogReplies(Envelope update, String dialogState) throws Exception {
		send(Topics.DIALOG_REPLIES, this.dialog.next(update,
				new AssistantReplied("ok", "pt-BR", "pix_transfer", dialogState, List.of(), null)));
	}

	/**
	 * Sends an envelope keyed by its conversation, as the binder does, and waits for the
	 * ack.
	 */
	Envelope send(String topic, Envelope envelope) throws ExecutionException, InterruptedException {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.conversationid().value(),
				this.codec.write(envelope));
		record.headers().add("contentType", CONTENT_TYPE_HEADER);
		this.producer.send(record).get();
		return envelope;
	}

	/** The next update caused by that envelope. */
	Envelope updateOf(Envelope cause) {
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			for (int i = 0; i < this.received.size(); i++) {
				if (cause.id().equals(this.received.get(i).causationid())) {
					return this.received.remove(i);
				}
			}
			poll();
		}
		throw new AssertionError("No SlotsUpdated for " + cause.id() + " within " + TIMEOUT);
	}

	/** Every update that arrives within the period, for checking that none does. */
	List<Envelope> updatesWithin(Duration period) {
		Instant deadline = Instant.now().plus(period);
		while (Instant.now().isBefore(deadline)) {
			poll();
		}
		return List.copyOf(this.received);
	}

	/** Keeps what one poll brought of this conversation. */
	private void poll() {
		for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
			Envelope envelope = this.codec.read(record.value());
			if (this.conversation.equals(envelope.conversationid())) {
				this.received.add(envelope);
			}
		}
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
