package com.bank.assistant.slots.escalation;

import java.math.BigDecimal;
import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;

/**
 * The value of the transaction a turn is about, in BRL: the frame's amount (or this
 * message's) when its currency is BRL; unknown otherwise, since no exchange rate is at
 * hand (the gate then applies the per-turn cap).
 */
final class TransactionValue {

	private TransactionValue() {
	}

	/** The value in BRL, or null when not known. */
	static BigDecimal of(SlotsUpdated slots) {
		BigDecimal value = brl(slots.frame());
		return (value != null) ? value : brl(slots.extracted());
	}

	private static BigDecimal brl(Map<String, SlotValue> slots) {
		if (slots == null || !slots.containsKey("amount")) {
			return null;
		}
		SlotValue currency = slots.get("currency");
		if (currency != null && !"BRL".equals(currency.value())) {
			return null;
		}
		try {
			return new BigDecimal(slots.get("amount").value());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
