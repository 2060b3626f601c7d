package com.bank.assistant.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the integration tests: it runs like the real one but starts on a
 * weekday afternoon in São Paulo, so day and night rules do not depend on when CI runs; a
 * test may move it (to the night, past a confirmation's expiry, to a scheduled date).
 */
public final class TestClock extends Clock {

	/** Monday 2026-03-16, 13:00 in São Paulo. */
	public static final Instant AFTERNOON = Instant.parse("2026-03-16T16:00:00Z");

	private volatile Duration offset = Duration.between(Instant.now(), AFTERNOON);

	/** Moves the clock so that it reads this instant now. */
	public void setTo(Instant instant) {
		this.offset = Duration.between(Instant.now(), instant);
	}

	/** Moves the clock forward. */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Back to the afternoon start. */
	public void reset() {
		setTo(AFTERNOON);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
