package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.contracts.ids.CustomerId;

/**
 * A model step that wants to run, with what the gate weighs.
 *
 * @param step the step ({@code intent-detection}, {@code slot-extraction},
 * {@code escalation})
 * @param tier the tier it asks for, as the catalog names it
 * @param customer whose turn it serves, for the budgets
 * @param spent model cost already spent on the task, BRL (the envelope's
 * {@code modelcost})
 * @param transactionValue the value of the transaction, BRL, or null while unknown
 * @param deadline when the turn's reply is due, or null when none was set
 * @param inputTokens the input tokens the step will send at most (0 for a per-call tier)
 * @param outputTokens the output tokens it may receive at most
 * @param remote whether the step calls a paid remote API: without rules it fails closed
 */
public record StepRequest(String step, String tier, CustomerId customer, BigDecimal spent, BigDecimal transactionValue,
		Instant deadline, long inputTokens, long outputTokens, boolean remote) {

	/** Reads a missing spend as zero. */
	public StepRequest {
		spent = (spent != null) ? spent : BigDecimal.ZERO;
	}

}
