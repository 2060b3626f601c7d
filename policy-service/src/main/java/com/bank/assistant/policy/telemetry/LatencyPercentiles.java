package com.bank.assistant.policy.telemetry;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles over the sliding window, in microseconds.
 *
 * @param count samples in the window
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max the largest sample
 */
public record LatencyPercentiles(long count, long p50, long p95, long p99, long max) {

	/** The percentiles of a histogram; all zero when it is empty. */
	static LatencyPercentiles of(Histogram histogram) {
		if (histogram.getTotalCount() == 0) {
			return new LatencyPercentiles(0, 0, 0, 0, 0);
		}
		return new LatencyPercentiles(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
				histogram.getValueAtPercentile(95), histogram.getValueAtPercentile(99), histogram.getMaxValue());
	}

}
