package com.bank.assistant.contracts.event;

/**
 * One extracted value, normalized as the NLU contract says.
 *
 * @param value the normalized value ({@code 20.00}, {@code BRL}, {@code Ana},
 * {@code 2026-03-17})
 * @param start first character of the source span in the message
 * @param end character after the source span
 * @param confidence confidence in [0, 1]
 */
public record SlotValue(String value, int start, int end, double confidence) {

}
