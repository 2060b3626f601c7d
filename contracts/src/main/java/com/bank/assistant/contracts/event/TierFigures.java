package com.bank.assistant.contracts.event;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One model tier as the gate weighs it: its prices and its live latency.
 *
 * @param name the tier, as steps and decisions name it
 * @param kind {@code IN_PROCESS} or {@code REMOTE} (paid, counted against the budgets)
 * @param pricePerCall BRL per call
 * @param pricePer1kInputTokens BRL per 1,000 input tokens
 * @param pricePer1kOutputTokens BRL per 1,000 output tokens
 * @param p95Millis the live p95 latency over the telemetry window, or the catalog's
 * expected p95 while no step was seen
 * @param samples how many steps the live p95 is computed from (0 = expected value)
 * @param usable whether the tier is switched on and configured
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TierFigures(String name, String kind,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pricePerCall,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pricePer1kInputTokens,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pricePer1kOutputTokens, long p95Millis, long samples,
		boolean usable) {

}
