package com.bank.assistant.slots.extraction;

/** Why a Pix key was rejected: the value of the {@code pix_key_error} slot. */
public enum PixKeyError {

	/** Eleven digits shaped as a CPF whose check digits are wrong (or all equal). */
	INVALID_CPF_CHECK_DIGITS,
	/** Fourteen digits shaped as a CNPJ whose check digits are wrong. */
	INVALID_CNPJ_CHECK_DIGITS,
	/** A phone number whose area code (DDD) does not exist. */
	INVALID_PHONE,
	/** Something with an {@code @} that is not a whole e-mail address. */
	INVALID_EMAIL,
	/** Hexadecimal groups shaped almost like a random key (UUID) but not quite. */
	INVALID_EVP

}
