package com.bank.assistant.contracts.ids;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An amount of money: a decimal, never a floating point number, and an ISO 4217 currency
 * code.
 *
 * @param amount the amount, as a decimal string in JSON ({@code "1234.56"})
 * @param currency ISO 4217 code, such as {@code BRL}
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

	/** Rejects a missing amount or a currency that is not three upper-case letters. */
	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("Money needs an amount");
		}
		if (currency == null || !currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("Money needs an ISO 4217 currency, got " + currency);
		}
	}

	/** Money in Brazilian reais. */
	public static Money brl(String amount) {
		return new Money(new BigDecimal(amount), "BRL");
	}

}
