package com.bank.assistant.slots.escalation;

import com.bank.assistant.contracts.event.PolicyDecision;

/**
 * What the large model answered, or why it did not.
 *
 * @param result {@code answered}, {@code invalid_answer}, {@code timeout},
 * {@code circuit_open}, {@code bulkhead_full} or {@code failed}
 * @param intent the chosen intent when answered, else null
 * @param confidence the model's own confidence in it, in [0, 1]
 * @param inputTokens input tokens billed (0 when nothing was sent)
 * @param outputTokens output tokens billed
 * @param latencyMicros how long the call took
 * @param billed whether the provider may have billed the call (it was sent)
 */
public record Choice(String result, String intent, double confidence, long inputTokens, long outputTokens,
		long latencyMicros, boolean billed) {

	/** The result of a call that chose an intent. */
	public static final String ANSWERED = PolicyDecision.ANSWERED;

	/** A call that was never sent (circuit open, bulkhead full). */
	public static Choice notSent(String result) {
		return new Choice(result, null, 0, 0, 0, 0, false);
	}

	/** Whether an intent was chosen. */
	public boolean answered() {
		return ANSWERED.equals(this.result);
	}

}
