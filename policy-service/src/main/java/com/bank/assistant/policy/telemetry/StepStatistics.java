package com.bank.assistant.policy.telemetry;

import java.math.BigDecimal;
import java.math.MathContext;

/** The running figures of one step and model: a latency window, counts and cost. */
final class StepStatistics {

	private final StepKey key;

	private final SlidingLatencyWindow latencies;

	private String version;

	private long count;

	private long lateTurns;

	private BigDecimal totalCost = BigDecimal.ZERO;

	StepStatistics(StepKey key, SlidingLatencyWindow latencies) {
		this.key = key;
		this.latencies = latencies;
	}

	synchronized void record(StepSample sample) {
		this.latencies.record(sample.latencyMicros());
		this.version = sample.version();
		this.count++;
		this.lateTurns += sample.late() ? 1 : 0;
		this.totalCost = this.totalCost.add(sample.cost());
	}

	synchronized StepFigures figures() {
		BigDecimal mean = (this.count == 0) ? BigDecimal.ZERO
				: this.totalCost.divide(BigDecimal.valueOf(this.count), MathContext.DECIMAL64);
		return new StepFigures(this.key.step(), this.key.model(), this.version, this.count,
				this.latencies.percentiles(), this.totalCost, mean.stripTrailingZeros(), this.lateTurns);
	}

}
