package com.bank.assistant.audit.trail;

import java.time.Instant;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical JSON of a record: sorted keys, no whitespace, numbers as plain decimals,
 * so that the envelope as published and as PostgreSQL's {@code jsonb} returns it hash
 * alike.
 */
public final class CanonicalForm {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS, JsonNodeFeature.WRITE_PROPERTIES_SORTED,
				JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private CanonicalForm() {
	}

	/**
	 * The canonical JSON of every stored field of the record except its own hashes: the
	 * masked envelope and the sealed clear one, so that the chain verifies without the
	 * PII key and still covers the clear text.
	 */
	public static String of(AuditRecord record) {
		AuditedEvent event = record.event();
		ObjectNode node = MAPPER.createObjectNode();
		node.put("eventId", event.eventId());
		node.put("conversationId", event.conversationId());
		node.put("sequence", record.sequence());
		node.put("type", event.type());
		node.put("schemaVersion", event.schemaVersion());
		node.put("customerId", event.customerId());
		node.put("correlationId", event.correlationId());
		node.put("causationId", event.causationId());
		node.put("occurredAt", text(event.occurredAt()));
		node.put("ingestedAt", text(record.ingestedAt()));
		putPosition(node, event.position());
		node.set("envelope", MAPPER.readTree(event.envelopeJson()));
		if (event.pii() != null) {
			// Only when present, so that records kept before sealing existed hash as they
			// did.
			node.put("piiKeyId", event.pii().keyId());
			node.put("piiSealed", event.pii().ciphertext());
		}
		return MAPPER.writeValueAsString(node);
	}

	private static void putPosition(ObjectNode node, EventPosition position) {
		node.put("topic", position.topic());
		node.put("partition", position.partition());
		node.put("offset", position.offset());
	}

	/** The canonical form of any JSON document. */
	public static String of(String json) {
		return MAPPER.writeValueAsString(MAPPER.readTree(json));
	}

	private static String text(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
