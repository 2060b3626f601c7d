package com.bank.assistant.slots.frame;

import java.util.List;
import java.util.Map;

import com.bank.assistant.slots.contacts.ContactMatcher;

/** "A primeira", "the second one": a choice among listed candidates by position. */
final class Ordinals {

	private static final Map<String, Integer> POSITIONS = Map.ofEntries(Map.entry("primeira", 0),
			Map.entry("primeiro", 0), Map.entry("first", 0), Map.entry("segunda", 1), Map.entry("segundo", 1),
			Map.entry("second", 1), Map.entry("terceira", 2), Map.entry("terceiro", 2), Map.entry("third", 2),
			Map.entry("ultima", -1), Map.entry("ultimo", -1), Map.entry("last", -1));

	private Ordinals() {
	}

	/** The candidate an ordinal in the text points at, or null. */
	static <T> T pick(String text, List<T> candidates) {
		for (String word : ContactMatcher.fold(text).split("[^\\p{L}]+")) {
			Integer position = POSITIONS.get(word);
			if (position != null) {
				int index = (position < 0) ? candidates.size() - 1 : position;
				return (index < candidates.size()) ? candidates.get(index) : null;
			}
		}
		return null;
	}

}
