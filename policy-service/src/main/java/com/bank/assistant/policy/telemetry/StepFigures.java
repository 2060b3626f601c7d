package com.bank.assistant.policy.telemetry;

import java.math.BigDecimal;

/**
 * The live figures of one model step.
 *
 * @param step the step
 * @param model the model that ran it
 * @param version the model version seen last
 * @param count samples since the service started
 * @param latencyMicros latency percentiles over the sliding window
 * @param totalCost cost of all samples, in BRL
 * @param meanCost mean cost per sample, in BRL
 * @param lateTurns samples whose turn had already passed its deadline
 */
public record StepFigures(String step, String model, String version, long count, LatencyPercentiles latencyMicros,
		BigDecimal totalCost, BigDecimal meanCost, long lateTurns) {

}
