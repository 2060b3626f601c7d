package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;

/**
 * A number read from tokens.
 *
 * @param value its value, null when unreadable
 * @param next the index of the token after it
 * @param words whether it was said in words
 * @param scaled whether a scale word ("mil", "k", "thousand") was part of it
 * @param article whether it is only "um", "uma", "one" or "a"
 * @param error why it is no number, or null
 */
record NumberRead(BigDecimal value, int next, boolean words, boolean scaled, boolean article, AmountError error) {

}
