package com.bank.assistant.slots.frame;

import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * One message as the frame reads it.
 *
 * @param turn the correlation id of the message
 * @param intent its intent
 * @param text what the customer wrote
 * @param values the values read from it alone
 * @param errors slot name to the code its value was rejected with
 */
public record Said(String turn, String intent, String text, Map<String, SlotValue> values, Map<String, String> errors) {

	public Said {
		text = (text != null) ? text : "";
		values = Map.copyOf(values);
		errors = Map.copyOf(errors);
	}

	/** The value read for a slot, or null. */
	public SlotValue value(String slot) {
		return this.values.get(slot);
	}

}
