package com.bank.assistant.policy.telemetry;

import java.math.BigDecimal;

/**
 * What one model step reported.
 *
 * @param step the step, such as {@code intent-detection}
 * @param model the model that ran it
 * @param version the model's version
 * @param latencyMicros how long it took, in microseconds
 * @param cost what it cost, in BRL
 * @param late whether the turn had already passed its deadline when the step ended
 */
public record StepSample(String step, String model, String version, long latencyMicros, BigDecimal cost, boolean late) {

	/** Rejects a negative latency and reads a missing cost as zero. */
	public StepSample {
		if (step == null || model == null) {
			throw new IllegalArgumentException("A step sample needs a step and a model");
		}
		if (latencyMicros < 0) {
			throw new IllegalArgumentException("Latency must not be negative: " + latencyMicros);
		}
		cost = (cost != null) ? cost : BigDecimal.ZERO;
	}

	/** The step and model this sample counts towards. */
	public StepKey key() {
		return new StepKey(this.step, this.model);
	}

}
