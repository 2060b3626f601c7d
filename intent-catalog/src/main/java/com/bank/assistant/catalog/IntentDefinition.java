package com.bank.assistant.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One intent of the catalog, as its YAML file declares it.
 *
 * @param name the intent name events carry
 * @param description what the customer wants, for people reading the catalog
 * @param handler the service that acts on it
 * @param slaMillis how long the whole turn may take, in milliseconds
 * @param examples what customers write, per locale
 * @param slots the slots it needs
 * @param confirmation the confirmation template per locale ({@code {amount}}-style
 * placeholders), empty when none is asked
 * @param answer the fixed answer per locale of an FAQ-style intent, empty otherwise
 */
public record IntentDefinition(String name, String description, String handler, int slaMillis,
		Map<String, List<String>> examples, List<SlotRequirement> slots, Map<String, String> confirmation,
		Map<String, String> answer) {

	public IntentDefinition {
		examples = Map.copyOf(examples);
		slots = List.copyOf(slots);
		confirmation = Map.copyOf(confirmation);
		answer = Map.copyOf(answer);
	}

	/** The examples in one locale, none when the file has none. */
	public List<String> examples(String locale) {
		return this.examples.getOrDefault(locale, List.of());
	}

	/** Whether a fixed answer from the catalog is the whole reply (no Java needed). */
	public boolean isFaq() {
		return !this.answer.isEmpty();
	}

	/** The fixed answer in this locale, if the intent is FAQ-style. */
	public Optional<String> answer(String locale) {
		return Optional.ofNullable(this.answer.get(locale));
	}

}
