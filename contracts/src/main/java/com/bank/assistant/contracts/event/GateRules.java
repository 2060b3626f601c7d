package com.bank.assistant.contracts.event;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the policy gate checks before a model step runs.
 *
 * @param valueRatio the model cost of a task may be at most the transaction value times
 * this
 * @param perTurnCap the most a turn may spend on models while the transaction value is
 * not known, BRL
 * @param deadlineMarginMillis time kept free before the deadline on top of the tier's p95
 * @param escalateBelowConfidence the small model's confidence under which a larger tier
 * is considered
 * @param budgetPeriod the budgets' period, an ISO-8601 duration ({@code P1D})
 * @param customerBudget what one customer's steps on paid tiers may cost per period, BRL
 * @param totalBudget what all customers' steps on paid tiers may cost per period, BRL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GateRules(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal valueRatio,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perTurnCap, long deadlineMarginMillis,
		double escalateBelowConfidence, String budgetPeriod,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal customerBudget,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalBudget) {

}
