package com.bank.assistant.contracts.event;

/**
 * One candidate intent and its calibrated confidence.
 *
 * @param intent intent name from the NLU contract
 * @param confidence probability in [0, 1]
 */
public record IntentScore(String intent, double confidence) {

}
