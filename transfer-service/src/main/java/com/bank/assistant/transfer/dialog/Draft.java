package com.bank.assistant.transfer.dialog;

import java.time.LocalDate;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.Money;

/**
 * The transfer as described so far.
 *
 * @param amount the amount, null until said
 * @param recipientName the recipient as the customer named them, null if only a key was
 * given
 * @param recipient the resolved recipient, null until a single one is known
 * @param date the date asked for, null for now
 */
public record Draft(Money amount, String recipientName, Recipient recipient, LocalDate date) {

	/** Nothing described yet. */
	public static final Draft EMPTY = new Draft(null, null, null, null);

	/** The same draft with another amount. */
	public Draft withAmount(Money newAmount) {
		return new Draft(newAmount, this.recipientName, this.recipient, this.date);
	}

	/** The same draft for a recipient named anew, not yet resolved. */
	public Draft withRecipientName(String name) {
		return new Draft(this.amount, name, null, this.date);
	}

	/** The same draft with a resolved recipient. */
	public Draft withRecipient(Recipient resolved) {
		return new Draft(this.amount, this.recipientName, resolved, this.date);
	}

	/** The same draft for another date. */
	public Draft withDate(LocalDate newDate) {
		return new Draft(this.amount, this.recipientName, this.recipient, newDate);
	}

}
