package com.bank.assistant.audit.messaging;

import java.nio.charset.StandardCharsets;

import com.bank.assistant.audit.trail.AuditTrail;
import com.bank.assistant.audit.trail.AuditedEvent;
import com.bank.assistant.audit.trail.EventPosition;
import com.bank.assistant.audit.trail.Ingestion;
import com.bank.assistant.audit.trail.UnreadableEvent;
import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.messaging.EnvelopeCodec;
import com.bank.assistant.messaging.UnreadableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * Decodes one Kafka record: a readable envelope joins its chain, anything else is
 * quarantined with the reason, never dropped.
 */
@Component
class EventIngestion {

	private static final Logger log = LoggerFactory.getLogger(EventIngestion.class);

	private final EnvelopeCodec codec;

	private final AuditTrail trail;

	EventIngestion(EnvelopeCodec codec, AuditTrail trail) {
		this.codec = codec;
		this.trail = trail;
	}

	/**
	 * Records the message in the trail, or in the quarantine if it is not a chainable
	 * event.
	 */
	Ingestion ingest(Message<byte[]> message) {
		EventPosition position = position(message.getHeaders());
		byte[] payload = message.getPayload();
		try {
			return this.trail.ingest(audited(this.codec.read(payload), payload, position));
		}
		catch (UnreadableEventException | IllegalArgumentException ex) {
			log.warn("Quarantining unreadable event at {}: {}", position, ex.getMessage());
			return this.trail.quarantine(
					new UnreadableEvent(position, key(message.getHeaders()), payload, String.valueOf(ex.getMessage())));
		}
	}

	private static AuditedEvent audited(Envelope envelope, byte[] payload, EventPosition position) {
		String conversation = (envelope.conversationid() != null) ? envelope.conversationid().value() : null;
		String customer = (envelope.customerid() != null) ? envelope.customerid().value() : null;
		return new AuditedEvent(envelope.id(), conversation, envelope.type(), envelope.schemaversion(), customer,
				envelope.correlationid(), envelope.causationid(), envelope.time(), position,
				new String(payload, StandardCharsets.UTF_8));
	}

	private static EventPosition position(MessageHeaders headers) {
		return new EventPosition(headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class),
				headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class),
				headers.get(KafkaHeaders.OFFSET, Long.class));
	}

	private static String key(MessageHeaders headers) {
		Object key = headers.get(KafkaHeaders.RECEIVED_KEY);
		return (key instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
				: (key != null) ? key.toString() : null;
	}

}
