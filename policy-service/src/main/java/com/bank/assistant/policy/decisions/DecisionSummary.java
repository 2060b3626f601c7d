package com.bank.assistant.policy.decisions;

import java.util.Map;

/**
 * The decisions seen since the service started.
 *
 * @param turns turns seen on the slots topic
 * @param escalationsConsidered turns whose small model was unsure enough to ask the gate
 * for the large tier
 * @param escalated turns the large tier answered
 * @param escalationRate escalated / turns
 * @param byOutcome escalation decisions by outcome
 * @param byReason escalation decisions by reason
 * @param byResult what allowed escalations did (answered, timeout, ...)
 * @param byStep every step's decisions by outcome and reason, such as
 * {@code intent-detection -> BLOCK:deadline -> 2}
 */
public record DecisionSummary(long turns, long escalationsConsidered, long escalated, double escalationRate,
		Map<String, Long> byOutcome, Map<String, Long> byReason, Map<String, Long> byResult,
		Map<String, Map<String, Long>> byStep) {

}
