package com.bank.assistant.slots.extraction;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * INTERIM date rules: today, tomorrow and the day after, in both languages. Unicode word
 * boundaries: since Java 19 a plain {@code \\b} no longer sees one after "amanhã".
 */
public final class DateExtractor implements SlotExtractor {

	private static final Pattern RELATIVE = Pattern
		.compile("(?iU)\\b(depois de amanh[aã]|amanh[aã]|hoje|day after tomorrow|tomorrow|today)\\b");

	@Override
	public void extract(String text, String locale, LocalDate today, Map<String, SlotValue> slots) {
		Matcher match = RELATIVE.matcher(text);
		if (match.find()) {
			String word = match.group(1).toLowerCase();
			int days = word.startsWith("depois") || word.startsWith("day after") ? 2
					: (word.startsWith("amanh") || word.equals("tomorrow")) ? 1 : 0;
			slots.putIfAbsent("date", new SlotValue(today.plusDays(days).toString(), match.start(), match.end(), 0.95));
		}
	}

}
