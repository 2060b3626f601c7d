package com.bank.assistant.slots.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * INTERIM recipient rules: the words after "pra", "pro", "para" or "to", or a short
 * answer made only of name-like words, up to three words, as the person said them.
 */
public final class RecipientExtractor implements SlotExtractor {

	private static final Pattern AFTER_PREPOSITION = Pattern
		.compile("(?i)\\b(?:pra|pro|para|p/|to)\\s+(?:(?:o|a|the)\\s+)?(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*)*)");

	private static final Pattern NAME_ONLY = Pattern
		.compile("^\\s*(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,2})\\W*$");

	private static final Set<String> NOT_NAMES = Set.of("hoje", "amanha", "amanhã", "agora", "depois", "reais", "real",
			"via", "pix", "no", "na", "por", "com", "e", "de", "today", "tomorrow", "now", "and", "on", "sim", "nao",
			"não", "yes", "ok", "cancela", "conto", "pila", "dia", "semana");

	private static final int MAX_WORDS = 3;

	@Override
	public void extract(String text, String locale, LocalDate today, Map<String, SlotValue> slots) {
		Matcher match = AFTER_PREPOSITION.matcher(text);
		if (match.find()) {
			if (!insideKey(slots, match.start(1))) {
				put(slots, text, match.start(1), nameWords(match.group(1)), 0.85);
			}
			return;
		}
		match = NAME_ONLY.matcher(text);
		if (match.find() && !slots.containsKey("amount") && !slots.containsKey("pix_key")) {
			put(slots, text, match.start(1), nameWords(match.group(1)), 0.6);
		}
	}

	private static boolean insideKey(Map<String, SlotValue> slots, int position) {
		SlotValue key = slots.get("pix_key");
		return key != null && position >= key.start() && position < key.end();
	}

	private static List<String> nameWords(String candidate) {
		List<String> words = new ArrayList<>();
		for (String word : candidate.trim().split("\\s+")) {
			if (words.size() == MAX_WORDS || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
				break;
			}
			words.add(word);
		}
		return words;
	}

	private static void put(Map<String, SlotValue> slots, String text, int start, List<String> words,
			double confidence) {
		if (!words.isEmpty()) {
			String name = String.join(" ", words);
			int end = text.indexOf(words.get(words.size() - 1), start) + words.get(words.size() - 1).length();
			slots.putIfAbsent("recipient", new SlotValue(name, start, end, confidence));
		}
	}

}
