package com.bank.assistant.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A customer wrote to the assistant.
 *
 * @param text what the customer wrote, as written
 * @param locale {@code pt-BR} or {@code en} when the client knows it, null to detect it
 * @param channel where it came from: {@code api}, {@code web} or {@code cli}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageReceived(String text, String locale, String channel) implements ChatEvent {

}
