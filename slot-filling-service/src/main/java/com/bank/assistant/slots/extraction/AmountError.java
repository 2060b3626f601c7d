package com.bank.assistant.slots.extraction;

/** Why no amount was read: the value of the {@code amount_error} slot. */
public enum AmountError {

	/** A minus sign before the amount ("-20"). */
	NEGATIVE,
	/** The amount is zero ("0 reais", "zero reais"). */
	ZERO,
	/** Cents of 100 or more, or fractional cents ("20 reais e 999 centavos"). */
	INVALID_CENTS,
	/**
	 * Digits that are no amount: exponent notation ("1e9"), stray separators ("1.2.3").
	 */
	NOT_A_NUMBER,
	/** More than {@link AmountExtractor#MAX_AMOUNT} (a 25-digit number). */
	TOO_LARGE,
	/** Two or more different amounts in one message ("15 pra Ana e 20 pro João"). */
	AMBIGUOUS_MULTIPLE

}
