package com.bank.assistant.slots.extraction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;

/** Runs one extractor on a message, as the tests of each extractor need. */
final class Extracted {

	/** Monday 2026-03-16 in São Paulo. */
	static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

	private Extracted() {
	}

	static Map<String, SlotValue> by(SlotExtractor extractor, String text) {
		return by(extractor, text, MONDAY);
	}

	static Map<String, SlotValue> by(SlotExtractor extractor, String text, LocalDate today) {
		Map<String, SlotValue> slots = new LinkedHashMap<>();
		extractor.extract(new Utterance(text, "pt-BR", today), slots);
		return slots;
	}

	static String value(Map<String, SlotValue> slots, String name) {
		SlotValue value = slots.get(name);
		return (value != null) ? value.value() : null;
	}

}
