package com.bank.assistant.slots.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.SlotValue;

/**
 * The slots one message carries, as read on their own, and what reading them cost.
 *
 * @param slots slot name to value, the error slots ({@code amount_error},
 * {@code pix_key_error}) included
 * @param model the extractors' usage
 */
public record Extraction(Map<String, SlotValue> slots, ModelUsage model) {

	/** Suffix of the slots that carry a rejection code instead of a value. */
	public static final String ERROR_SUFFIX = "_error";

	public Extraction {
		slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
	}

	/** The values, without the error slots. */
	public Map<String, SlotValue> values() {
		Map<String, SlotValue> values = new LinkedHashMap<>(this.slots);
		values.keySet().removeIf((name) -> name.endsWith(ERROR_SUFFIX));
		return values;
	}

	/**
	 * Slot name to the rejection code of each error slot ({@code amount} ->
	 * {@code ZERO}).
	 */
	public Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		this.slots.forEach((name, value) -> {
			if (name.endsWith(ERROR_SUFFIX)) {
				errors.put(name.substring(0, name.length() - ERROR_SUFFIX.length()), value.value());
			}
		});
		return errors;
	}

}
