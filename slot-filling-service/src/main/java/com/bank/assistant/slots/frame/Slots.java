package com.bank.assistant.slots.frame;

import java.util.List;

/**
 * The slot names of the NLU contract that a frame holds, in the order events list them.
 */
public final class Slots {

	/** The amount, a decimal string with two places. */
	public static final String AMOUNT = "amount";

	/** The ISO 4217 currency; present whenever the amount is. */
	public static final String CURRENCY = "currency";

	/**
	 * The recipient: a resolved contact's full name, or the name said with a typed key.
	 */
	public static final String RECIPIENT = "recipient";

	/** The normalized Pix key. */
	public static final String PIX_KEY = "pix_key";

	/** The ISO date of a scheduled transfer. */
	public static final String DATE = "date";

	/** Every slot of a frame, in order. */
	public static final List<String> ALL = List.of(AMOUNT, CURRENCY, RECIPIENT, PIX_KEY, DATE);

	private Slots() {
	}

}
