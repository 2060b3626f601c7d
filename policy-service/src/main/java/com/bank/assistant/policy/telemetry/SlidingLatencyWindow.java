package com.bank.assistant.policy.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.HdrHistogram.Histogram;

/**
 * Latencies of the last {@code window}, kept as a ring of histograms, one per slice of
 * the window; a slice older than the window is cleared before it is reused.
 */
public final class SlidingLatencyWindow {

	/** Three significant digits: percentiles within 0.1%. */
	private static final int PRECISION = 3;

	private final Clock clock;

	private final long sliceMillis;

	private final Histogram[] slices;

	private final long[] sliceNumbers;

	/**
	 * A window of {@code window}, cut into {@code sliceCount} slices, timed by
	 * {@code clock}.
	 */
	public SlidingLatencyWindow(Duration window, int sliceCount, Clock clock) {
		this.clock = clock;
		this.sliceMillis = Math.max(1, window.toMillis() / sliceCount);
		this.slices = new Histogram[sliceCount];
		this.sliceNumbers = new long[sliceCount];
		Arrays.setAll(this.slices, (i) -> new Histogram(PRECISION));
		Arrays.fill(this.sliceNumbers, Long.MIN_VALUE);
	}

	/** Adds one latency, in microseconds. */
	public synchronized void record(long micros) {
		long now = currentSlice();
		int index = (int) Math.floorMod(now, (long) this.slices.length);
		if (this.sliceNumbers[index] != now) {
			this.slices[index].reset();
			this.sliceNumbers[index] = now;
		}
		this.slices[index].recordValue(micros);
	}

	/** The percentiles of the latencies still inside the window. */
	public synchronized LatencyPercentiles percentiles() {
		long oldest = currentSlice() - this.slices.length;
		Histogram merged = new Histogram(PRECISION);
		for (int i = 0; i < this.slices.length; i++) {
			if (this.sliceNumbers[i] > oldest) {
				merged.add(this.slices[i]);
			}
		}
		return LatencyPercentiles.of(merged);
	}

	private long currentSlice() {
		return this.clock.millis() / this.sliceMillis;
	}

}
