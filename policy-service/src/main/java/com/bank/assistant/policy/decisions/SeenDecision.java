package com.bank.assistant.policy.decisions;

/**
 * One gate decision as the tally reads it.
 *
 * @param step the model step
 * @param tier the tier asked for
 * @param outcome ALLOW, DOWNGRADE or BLOCK
 * @param reason the reason code
 * @param result what the step did once it ran, or null
 */
public record SeenDecision(String step, String tier, String outcome, String reason, String result) {

}
