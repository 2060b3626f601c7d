package com.bank.assistant.intent.detection;

import java.util.List;

import com.bank.assistant.contracts.event.IntentScore;

/**
 * What the intent model decided about one message.
 *
 * @param locale the message's language, {@code pt-BR} or {@code en}
 * @param best the most likely intent and its confidence
 * @param alternatives the next candidates, best first
 */
public record Classification(String locale, IntentScore best, List<IntentScore> alternatives) {

}
