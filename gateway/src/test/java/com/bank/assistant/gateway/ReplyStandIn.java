package com.bank.assistant.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.EventSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Stands in for the dialog chain: answers every {@code MessageReceived} with an
 * {@code AssistantReplied} echoing its text, except messages that ask for silence. A
 * daemon thread, once per test JVM.
 */
final class ReplyStandIn {

	/** Text of a message the stand-in never answers. */
	static final String SILENCE = "please do not answer";

	private static ReplyStandIn shared;

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final EventSource events = new EventSource("transfer-service", java.time.Clock.systemUTC());

	private final Thread worker = new Thread(this::run, "reply-stand-in");

	private ReplyStandIn() {
		this.worker.setDaemon(true);
		this.worker.start();
	}

	/**
	 * The one stand-in of this test JVM, started on first use: a second one would answer
	 * every message twice.
	 */
	static synchronized ReplyStandIn shared() {
		if (shared == null) {
			shared = new ReplyStandIn();
		}
		return shared;
	}

	/** The reply the stand-in gives to this text. */
	static AssistantReplied replyTo(String text) {
		return new AssistantReplied("echo: " + text, "pt-BR", "greeting", "IDLE",
				List.of(new QuickReply("Ajuda", "ajuda")), null);
	}

	private void run() {
		try (KafkaConsumer<String, byte[]> consumer = KafkaTopics.consumer("reply-stand-in-" + UUID.randomUUID(),
				"earliest"); KafkaProducer<String, byte[]> producer = producer()) {
			consumer.subscribe(List.of(Topics.CHAT_MESSAGES));
			while (!Thread.currentThread().isInterrupted()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					answer(producer, this.codec.read(record.value()));
				}
			}
		}
	}

	private void answer(KafkaProducer<String, byte[]> producer, Envelope cause) {
		MessageReceived message = cause.dataAs(MessageReceived.class);
		if (!SILENCE.equals(message.text())) {
			Envelope reply = this.events.next(cause, replyTo(message.text()));
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DIALOG_REPLIES, reply.subject(),
					this.codec.write(reply));
			record.headers().add("contentType", Envelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
			producer.send(record);
			producer.flush();
		}
	}

	private static KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.servers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

}
