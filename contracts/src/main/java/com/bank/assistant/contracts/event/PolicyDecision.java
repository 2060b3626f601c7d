package com.bank.assistant.contracts.event;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the policy gate decided before one model step ran, with the inputs it weighed, so
 * that the audit trail can replay the decision.
 *
 * @param step the model step ({@code intent-detection}, {@code slot-extraction},
 * {@code escalation})
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
 * @param result what the allowed step did ({@code answered}, {@code invalid_answer},
 * {@code timeout}, {@code circuit_open}, {@code bulkhead_full}, {@code failed}); absent
 * when it did not run
 * @param actualCost what the step cost once it ran, BRL; absent when it did not run
 * @param latencyMicros how long the step took once it ran; absent when it did not run
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyDecision(String step, String tier, String outcome, String reason, String ruleVersion,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal estimatedCost,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal transactionValue, long remainingMillis, long p95Millis,
		@JsonInclude(JsonInclude.Include.NON_NULL) String result,
		@JsonInclude(JsonInclude.Include.NON_NULL) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal actualCost,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long latencyMicros) {

	/** The result of a step that ran and gave its answer. */
	public static final String ANSWERED = "answered";

	/** A decision on a step that has not run (yet). */
	public PolicyDecision(String step, String tier, String outcome, String reason, String ruleVersion,
			BigDecimal estimatedCost, BigDecimal spent, BigDecimal transactionValue, long remainingMillis,
			long p95Millis) {
		this(step, tier, outcome, reason, ruleVersion, estimatedCost, spent, transactionValue, remainingMillis,
				p95Millis, null, null, null);
	}

	/** The same decision after its in-process model step answered, at this usage. */
	public PolicyDecision answeredAt(ModelUsage usage) {
		return ran(ANSWERED, usage.cost(), usage.latencyMicros());
	}

	/** The same decision after its step ran. */
	public PolicyDecision ran(String stepResult, BigDecimal cost, long micros) {
		return new PolicyDecision(this.step, this.tier, this.outcome, this.reason, this.ruleVersion, this.estimatedCost,
				this.spent, this.transactionValue, this.remainingMillis, this.p95Millis, stepResult, cost, micros);
	}

}
