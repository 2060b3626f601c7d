package com.bank.assistant.transfer.dialog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.Contact;

/** Folds a message's slot values into the transfer described so far. */
final class DraftMerge {

	/** The only currency a Pix moves. */
	static final String PIX_CURRENCY = "BRL";

	private DraftMerge() {
	}

	/**
	 * The draft with every valid slot of the turn applied; a key wins over a name said in
	 * the same message.
	 */
	static Draft merge(Draft draft, Turn turn, List<Contact> contacts) {
		Draft merged = draft;
		Money amount = amount(turn);
		if (amount != null) {
			merged = merged.withAmount(amount);
		}
		String name = turn.slot(Turn.RECIPIENT);
		if (name != null && !alreadyNamed(merged, name)) {
			merged = merged.withRecipientName(name);
		}
		if (turn.slot(Turn.PIX_KEY) != null) {
			merged = merged.withRecipient(byKey(merged, turn.slot(Turn.PIX_KEY), contacts));
		}
		LocalDate date = date(turn);
		return (date != null) ? merged.withDate(date) : merged;
	}

	/** Whether the name is the one already said or resolved, so the recipient stays. */
	private static boolean alreadyNamed(Draft draft, String name) {
		String folded = RecipientResolver.fold(name);
		return (draft.recipientName() != null && RecipientResolver.fold(draft.recipientName()).equals(folded))
				|| (draft.recipient() != null && RecipientResolver.fold(draft.recipient().name()).equals(folded));
	}

	private static Recipient byKey(Draft draft, String pixKey, List<Contact> contacts) {
		Contact contact = RecipientResolver.byKey(pixKey, contacts);
		if (contact != null) {
			return contact.asRecipient();
		}
		boolean named = draft.recipient() == null && draft.recipientName() != null;
		return new Recipient(named ? draft.recipientName() : pixKey, pixKey);
	}

	/** A positive amount with at most two decimals, or null. */
	private static Money amount(Turn turn) {
		String value = turn.slot(Turn.AMOUNT);
		if (value == null || !value.matches("\\d{1,15}(\\.\\d{1,2})?")) {
			return null;
		}
		BigDecimal amount = new BigDecimal(value).setScale(2);
		String currency = turn.slot(Turn.CURRENCY);
		boolean valid = amount.signum() > 0 && (currency == null || currency.matches("[A-Z]{3}"));
		return valid ? new Money(amount, (currency != null) ? currency : PIX_CURRENCY) : null;
	}

	private static LocalDate date(Turn turn) {
		String value = turn.slot(Turn.DATE);
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
