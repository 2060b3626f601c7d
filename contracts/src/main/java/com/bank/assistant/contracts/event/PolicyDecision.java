package com.bank.assistant.contracts.event;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the policy gate decided before one model step ran, with the inputs it weighed, so
 * that the audit trail can replay the decision.
 *
 * @param step the model step ({@code intent}, {@code slots}, {@code escalation})
 * @param tier the model tier asked for
 * @param outcome {@code ALLOW}, {@code DOWNGRADE} (a cheaper tier runs instead) or
 * {@code BLOCK} (the step does not run)
 * @param reason why, a stable code ({@code within_limits}, {@code cost_above_value},
 * {@code deadline}, {@code customer_budget}, {@code total_budget},
 * {@code rules_unavailable}, ...)
 * @param ruleVersion the version of the rules that decided
 * @param estimatedCost the step's estimated cost, BRL
 * @param spent the model cost already spent on the task, BRL
 * @param transactionValue the value of the transaction the step serves, BRL, or null
 * while it is not known
 * @param remainingMillis the time left before the turn's deadline
 * @param p95Millis the tier's live p95 latency
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyDecision(String step, String tier, String outcome, String reason, String ruleVersion,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal estimatedCost,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal transactionValue, long remainingMillis,
		long p95Millis) {

}
