package com.bank.assistant.messaging;

import java.io.IOException;
import java.io.InputStream;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event type's golden payload in {@code contracts/golden} must read into its record
 * and write back unchanged: a renamed, removed or retyped field fails here before it can
 * break a consumer.
 */
class GoldenEventsTest {

	private final EnvelopeCodec codec = new EnvelopeCodec();

	private final JsonMapper json = JsonMapper.builder().build();

	static Iterable<String> eventTypes() {
		return EventTypes.DATA_CLASSES.keySet();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void goldenPayloadReadsIntoItsRecordAndWritesBackUnchanged(String type) throws IOException {
		byte[] golden = golden(type);

		Envelope envelope = this.codec.read(golden);

		assertThat(envelope.type()).isEqualTo(type);
		assertThat(envelope.data()).isInstanceOf(EventTypes.DATA_CLASSES.get(type));
		assertThat(envelope.schemaversion()).isEqualTo(EventTypes.SCHEMA_VERSIONS.get(type));
		assertThat(this.json.readTree(this.codec.write(envelope))).isEqualTo(this.json.readTree(golden));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void unknownAttributesAndFieldsFromANewerProducerAreIgnored(String type) throws IOException {
		ObjectNode newer = (ObjectNode) this.json.readTree(golden(type));
		newer.put("futureextension", "x");
		((ObjectNode) newer.get("data")).put("futureField", 42);

		Envelope envelope = this.codec.read(this.json.writeValueAsBytes(newer));

		assertThat(this.json.readTree(this.codec.write(envelope))).isEqualTo(this.json.readTree(golden(type)));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void conversationIdIsTheSubject(String type) throws IOException {
		JsonNode golden = this.json.readTree(golden(type));

		assertThat(golden.get("subject")).isEqualTo(golden.get("conversationid"));
	}

	private static byte[] golden(String type) throws IOException {
		String name = type.substring(type.lastIndexOf('.') + 1);
		try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/contracts/golden/" + name + ".json")) {
			assertThat(in).as("golden payload for %s", type).isNotNull();
			return in.readAllBytes();
		}
	}

}
