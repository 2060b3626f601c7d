package com.bank.assistant.contracts.event;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The slot values found in a message, with the intent they were read for.
 *
 * @param text the message
 * @param locale the message's language
 * @param intent the detected intent, carried forward
 * @param confidence the intent's confidence, carried forward
 * @param slots slot name ({@code amount}, {@code currency}, {@code recipient},
 * {@code pix_key}, {@code date}) to value
 * @param model the extractor that read them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlotsExtracted(String text, String locale, String intent, double confidence, Map<String, SlotValue> slots,
		ModelUsage model) implements NluEvent {

}
