package com.bank.assistant.contracts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The intent of a customer's message.
 *
 * @param text the message
 * @param locale the message's language, {@code pt-BR} or {@code en}
 * @param intent the most likely intent
 * @param confidence its calibrated confidence in [0, 1]
 * @param alternatives the next most likely intents, best first
 * @param model the model that decided
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntentDetected(String text, String locale, String intent, double confidence,
		List<IntentScore> alternatives, ModelUsage model) implements NluEvent {

}
