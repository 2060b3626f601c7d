package com.bank.assistant.policy.telemetry;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SlidingLatencyWindowTest {

	private final MutableClock clock = new MutableClock();

	private final SlidingLatencyWindow window = new SlidingLatencyWindow(Duration.ofSeconds(60), 6, this.clock);

	@Test
	void emptyWindowReportsZeros() {
		assertThat(this.window.percentiles()).isEqualTo(new LatencyPercentiles(0, 0, 0, 0, 0));
	}

	@Test
	void percentilesOfOneToAHundredMilliseconds() {
		for (int millis = 1; millis <= 100; millis++) {
			this.window.record(millis * 1_000L);
		}

		LatencyPercentiles percentiles = this.window.percentiles();

		assertThat(percentiles.count()).isEqualTo(100);
		assertThat(percentiles.p50()).isCloseTo(50_000, within(50L));
		assertThat(percentiles.p95()).isCloseTo(95_000, within(95L));
		assertThat(percentiles.p99()).isCloseTo(99_000, within(99L));
		assertThat(percentiles.max()).isCloseTo(100_000, within(100L));
	}

	@Test
	void samplesOlderThanTheWindowDropOut() {
		this.window.record(900_000);
		this.clock.advance(Duration.ofSeconds(30));
		this.window.record(100);

		this.clock.advance(Duration.ofSeconds(35));

		LatencyPercentiles percentiles = this.window.percentiles();
		assertThat(percentiles.count()).isEqualTo(1);
		assertThat(percentiles.max()).isEqualTo(100);
	}

	@Test
	void reusedSliceForgetsItsOldSamples() {
		this.window.record(900_000);
		this.clock.advance(Duration.ofSeconds(60));
		this.window.record(200);

		assertThat(this.window.percentiles().count()).isEqualTo(1);
		assertThat(this.window.percentiles().p99()).isEqualTo(200);
	}

	@Test
	void samplesInsideTheWindowStay() {
		this.window.record(300);
		this.clock.advance(Duration.ofSeconds(45));
		this.window.record(500);

		assertThat(this.window.percentiles().count()).isEqualTo(2);
	}

}
