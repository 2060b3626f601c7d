package com.bank.assistant.messaging;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeCodecTest {

	private final EnvelopeCodec codec = new EnvelopeCodec();

	@Test
	void malformedJsonIsRejectedWithAReason() {
		assertThatThrownBy(() -> this.codec.read(bytes("{\"type\": "))).isInstanceOf(UnreadableEventException.class)
			.hasMessageStartingWith("Not a readable event");
	}

	@Test
	void unknownTypeIsRejectedByName() {
		assertThatThrownBy(() -> this.codec.read(bytes("{\"type\":\"com.example.Nope\",\"data\":{}}")))
			.isInstanceOf(UnreadableEventException.class)
			.hasMessage("Unknown event type com.example.Nope");
	}

	@Test
	void eventWithoutDataIsRejected() {
		assertThatThrownBy(() -> this.codec.read(bytes("{\"type\":\"com.bank.assistant.chat.MessageReceived\"}")))
			.isInstanceOf(UnreadableEventException.class)
			.hasMessageContaining("has no data");
	}

	@Test
	void jsonThatIsNotAnObjectIsRejected() {
		assertThatThrownBy(() -> this.codec.read(bytes("[1,2]"))).isInstanceOf(UnreadableEventException.class)
			.hasMessage("An event must be a JSON object");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
