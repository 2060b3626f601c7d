package com.bank.assistant.slots.extraction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * INTERIM Pix key rules: e-mail, CPF with valid check digits, Brazilian mobile phone,
 * random key (UUID).
 */
public final class PixKeyExtractor implements SlotExtractor {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern UUID = Pattern
		.compile("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

	private static final Pattern CPF = Pattern.compile("(?<![\\d+])(\\d{3})\\.?(\\d{3})\\.?(\\d{3})-?(\\d{2})(?!\\d)");

	private static final Pattern PHONE = Pattern
		.compile("(?<!\\d)(?:\\+?55\\s?)?\\(?(\\d{2})\\)?\\s?(9\\d{4})-?\\s?(\\d{4})(?!\\d)");

	@Override
	public void extract(String text, String locale, LocalDate today, Map<String, SlotValue> slots) {
		Matcher match = EMAIL.matcher(text);
		if (match.find()) {
			put(slots, match, match.group().toLowerCase(Locale.ROOT));
			return;
		}
		match = UUID.matcher(text);
		if (match.find()) {
			put(slots, match, match.group().toLowerCase(Locale.ROOT));
			return;
		}
		match = CPF.matcher(text);
		if (match.find() && validCpf(match.group().replaceAll("\\D", ""))) {
			put(slots, match, match.group().replaceAll("\\D", ""));
			return;
		}
		match = PHONE.matcher(text);
		if (match.find()) {
			put(slots, match, "+55" + match.group(1) + match.group(2) + match.group(3));
		}
	}

	private static void put(Map<String, SlotValue> slots, Matcher match, String key) {
		slots.putIfAbsent("pix_key", new SlotValue(key, match.start(), match.end(), 0.99));
	}

	/** The CPF's two check digits (modulo 11) are right and not all digits are equal. */
	static boolean validCpf(String digits) {
		if (digits.length() != 11 || digits.chars().distinct().count() == 1) {
			return false;
		}
		return checkDigit(digits, 9) == digits.charAt(9) - '0' && checkDigit(digits, 10) == digits.charAt(10) - '0';
	}

	private static int checkDigit(String digits, int length) {
		int sum = 0;
		for (int i = 0; i < length; i++) {
			sum += (digits.charAt(i) - '0') * (length + 1 - i);
		}
		int rest = (sum * 10) % 11;
		return (rest == 10) ? 0 : rest;
	}

}
