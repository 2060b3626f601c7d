package com.bank.assistant.policy.telemetry;

/**
 * A model step as the figures group it: the step and the model that ran it.
 *
 * @param step the step
 * @param model the model
 */
public record StepKey(String step, String model) {

}
