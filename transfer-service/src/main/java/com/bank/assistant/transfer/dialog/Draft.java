package com.bank.assistant.transfer.dialog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.ids.Money;

/**
 * The transfer a slot frame describes.
 *
 * @param amount the amount, null until said (or when it is not a valid amount)
 * @param recipient the recipient, null until a Pix key is known
 * @param date the date asked for, null for now
 */
public record Draft(Money amount, Recipient recipient, LocalDate date) {

	/** The only currency a Pix moves. */
	public static final String PIX_CURRENCY = "BRL";

	/** Nothing described yet. */
	public static final Draft EMPTY = new Draft(null, null, null);

	/** The transfer these frame slots describe; invalid values are left out. */
	public static Draft of(Map<String, String> frame) {
		String key = frame.get(Turn.PIX_KEY);
		String name = frame.get(Turn.RECIPIENT);
		Recipient recipient = (key != null) ? new Recipient((name != null) ? name : key, key) : null;
		return new Draft(amount(frame), recipient, date(frame.get(Turn.DATE)));
	}

	/** Whether amount and recipient are known and the amount is in reais. */
	public boolean complete() {
		return this.amount != null && this.recipient != null && reais();
	}

	/** Whether the amount, if any, is in the only currency a Pix moves. */
	public boolean reais() {
		return this.amount == null || PIX_CURRENCY.equals(this.amount.currency());
	}

	/** The date to execute on, or null when it is today or past. */
	public LocalDate futureDate(LocalDate today) {
		return (this.date != null && this.date.isAfter(today)) ? this.date : null;
	}

	private static Money amount(Map<String, String> frame) {
		String value = frame.get(Turn.AMOUNT);
		if (value == null || !value.matches("\\d{1,15}(\\.\\d{1,2})?")) {
			return null;
		}
		BigDecimal amount = new BigDecimal(value).setScale(2);
		String currency = frame.getOrDefault(Turn.CURRENCY, PIX_CURRENCY);
		return (amount.signum() > 0 && currency.matches("[A-Z]{3}")) ? new Money(amount, currency) : null;
	}

	private static LocalDate date(String value) {
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
