package com.bank.assistant.messaging;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.event.AssistantEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes envelopes as CloudEvents structured JSON; the {@code type} attribute
 * picks the data's record. Unknown attributes and fields are ignored, so producers may
 * add optional ones.
 */
public final class EnvelopeCodec {

	private final JsonMapper mapper;

	/** A codec with the mapper every service uses for events. */
	public EnvelopeCodec() {
		this.mapper = TolerantJson.mapper();
	}

	/** The envelope as JSON bytes. */
	public byte[] write(Envelope envelope) {
		return this.mapper.writeValueAsBytes(envelope);
	}

	/**
	 * The envelope in these bytes, or an {@link UnreadableEventException} that says why
	 * not.
	 */
	public Envelope read(byte[] json) {
		try {
			JsonNode node = this.mapper.readTree(json);
			if (!(node instanceof ObjectNode envelope)) {
				throw new UnreadableEventException("An event must be a JSON object");
			}
			String type = envelope.path("type").asString(null);
			Class<? extends AssistantEvent> dataClass = EventTypes.DATA_CLASSES.get(type);
			if (dataClass == null) {
				throw new UnreadableEventException("Unknown event type " + type);
			}
			JsonNode data = envelope.remove("data");
			if (data == null || data.isNull()) {
				throw new UnreadableEventException("Event of type " + type + " has no data");
			}
			return this.mapper.treeToValue(envelope, Envelope.class).withData(this.mapper.treeToValue(data, dataClass));
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("Not a readable event: " + ex.getOriginalMessage(), ex);
		}
	}

}
