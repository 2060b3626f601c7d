package com.bank.assistant.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one parsed YAML document into an {@link IntentDefinition}. */
final class IntentFile {

	private IntentFile() {
	}

	static IntentDefinition parse(Object document) {
		if (!(document instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("expected a mapping with name, description, examples, ...");
		}
		String name = text(map, "name", true);
		Object sla = map.get("sla-ms");
		return new IntentDefinition(name, text(map, "description", true), text(map, "handler", true),
				(sla instanceof Number number) ? number.intValue() : 0, examples(map.get("examples")),
				slots(map.get("slots")), perLocale(map.get("confirmation")), perLocale(map.get("answer")));
	}

	private static String text(Map<?, ?> map, String key, boolean required) {
		Object value = map.get(key);
		if (value == null && required) {
			throw new IllegalArgumentException("missing '" + key + "'");
		}
		return (value != null) ? value.toString().strip() : null;
	}

	private static Map<String, List<String>> examples(Object node) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		if (node instanceof Map<?, ?> map) {
			map.forEach((locale, list) -> examples.put(locale.toString(), strings(list)));
		}
		return examples;
	}

	private static List<String> strings(Object node) {
		List<String> strings = new ArrayList<>();
		if (node instanceof List<?> list) {
			for (Object item : list) {
				if (!(item instanceof String text)) {
					// YAML reads yes, no, on, off and bare numbers as booleans and
					// numbers.
					throw new IllegalArgumentException("example '" + item + "' is not text: put it in quotes");
				}
				strings.add(text.strip());
			}
		}
		return strings;
	}

	private static List<SlotRequirement> slots(Object node) {
		List<SlotRequirement> slots = new ArrayList<>();
		if (node instanceof List<?> list) {
			for (Object item : list) {
				Map<?, ?> slot = (Map<?, ?>) item;
				slots.add(new SlotRequirement(text(slot, "name", true), text(slot, "type", true),
						Boolean.TRUE.equals(slot.get("required")), perLocale(slot.get("prompt"))));
			}
		}
		return slots;
	}

	private static Map<String, String> perLocale(Object node) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (node instanceof Map<?, ?> map) {
			map.forEach((locale, value) -> texts.put(locale.toString(), String.valueOf(value).strip()));
		}
		return texts;
	}

}
