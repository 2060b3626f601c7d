package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;

/**
 * One amount as written in a message, before the extractor decides.
 *
 * @param start first character
 * @param end character after it
 * @param value the amount, null when unreadable
 * @param currency the ISO code said, or null
 * @param currencyToken the token that said the currency, or null
 * @param confidence how sure the reading is
 * @param error why it is no amount, or null
 */
record MoneyCandidate(int start, int end, BigDecimal value, String currency, Token currencyToken, double confidence,
		AmountError error) {

	boolean sameAs(MoneyCandidate other) {
		return this.error == null && other.error == null && this.value.compareTo(other.value) == 0
				&& effectiveCurrency().equals(other.effectiveCurrency());
	}

	String effectiveCurrency() {
		return (this.currency != null) ? this.currency : "BRL";
	}

}
