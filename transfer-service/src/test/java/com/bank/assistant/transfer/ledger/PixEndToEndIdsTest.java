package com.bank.assistant.transfer.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PixEndToEndIdsTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-16T13:05:42Z"), ZoneOffset.UTC);

	@Test
	void idsFollowTheEndToEndIdFormat() {
		String id = new PixEndToEndIds("12345678", this.clock).next().value();
		assertThat(id).hasSize(32).matches("E12345678202603161305[A-Za-z0-9]{11}");
	}

	@Test
	void idsDoNotRepeat() {
		PixEndToEndIds ids = new PixEndToEndIds("12345678", this.clock);
		Set<String> issued = IntStream.range(0, 10_000).mapToObj((i) -> ids.next().value()).collect(Collectors.toSet());
		assertThat(issued).hasSize(10_000);
	}

	@Test
	void anIspbHasEightDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PixEndToEndIds("1234", this.clock));
	}

}
