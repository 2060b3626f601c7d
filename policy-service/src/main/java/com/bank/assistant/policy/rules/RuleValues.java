package com.bank.assistant.policy.rules;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The values of one version of the rules.
 *
 * @param valueRatio the model cost of a task may be at most the transaction value times
 * this
 * @param perTurnCap the most a turn may spend on models while the value is unknown, BRL
 * @param deadlineMarginMillis time kept free before the deadline on top of a tier's p95
 * @param escalateBelowConfidence the small model's confidence under which a larger tier
 * is considered
 * @param budgetPeriod the budgets' period
 * @param customerBudget one customer's paid-tier spending per period, BRL
 * @param totalBudget everyone's paid-tier spending per period, BRL
 */
public record RuleValues(BigDecimal valueRatio, BigDecimal perTurnCap, long deadlineMarginMillis,
		double escalateBelowConfidence, Duration budgetPeriod, BigDecimal customerBudget, BigDecimal totalBudget) {

}
