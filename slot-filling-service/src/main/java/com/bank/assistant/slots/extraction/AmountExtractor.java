package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * INTERIM amount and currency rules: digits in either decimal convention with a currency
 * word or sign.
 */
public final class AmountExtractor implements SlotExtractor {

	private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";

	private static final Pattern BEFORE = Pattern.compile("(?i)(r\\$|us\\$|\\$)\\s*" + NUMBER + "(\\s*(?:mil|k)\\b)?");

	private static final Pattern AFTER = Pattern.compile("(?i)(?<![\\d/])" + NUMBER + "(\\s*(?:mil|k)\\b)?\\s*"
			+ "(reais|real|conto|contos|pila|pilas|brl|d[oó]lares|dollars?|bucks|usd)?(?![\\d/\\-@.])");

	@Override
	public void extract(String text, String locale, LocalDate today, Map<String, SlotValue> slots) {
		Matcher sign = BEFORE.matcher(text);
		if (sign.find()) {
			put(slots, sign, sign.group(2), sign.group(3), currencyOfSign(sign.group(1)));
			return;
		}
		Matcher word = AFTER.matcher(text);
		while (word.find()) {
			if (!looksLikeOtherNumber(text, word)) {
				put(slots, word, word.group(1), word.group(2), currencyOfWord(word.group(3)));
				return;
			}
		}
	}

	private static boolean looksLikeOtherNumber(String text, Matcher match) {
		String digits = match.group(1).replaceAll("\\D", "");
		boolean longNumber = digits.length() > 9;
		boolean dayOfMonth = text.substring(0, match.start()).toLowerCase().endsWith("dia ");
		return longNumber || dayOfMonth;
	}

	private static void put(Map<String, SlotValue> slots, Matcher match, String number, String thousands,
			String currency) {
		BigDecimal amount = parse(number);
		if (thousands != null) {
			amount = amount.multiply(BigDecimal.valueOf(1000));
		}
		slots.putIfAbsent("amount", new SlotValue(amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
				match.start(), match.end(), 0.95));
		slots.putIfAbsent("currency", new SlotValue(currency, match.start(), match.end(), 0.95));
	}

	/**
	 * Reads "1.234,56", "1,234.56", "20", "20,5": the last separator followed by one or
	 * two digits is decimal.
	 */
	static BigDecimal parse(String number) {
		int lastSeparator = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
		boolean hasDecimals = lastSeparator >= 0 && number.length() - lastSeparator - 1 <= 2;
		if (!hasDecimals) {
			return new BigDecimal(number.replaceAll("[.,]", ""));
		}
		String integer = number.substring(0, lastSeparator).replaceAll("[.,]", "");
		return new BigDecimal(integer + "." + number.substring(lastSeparator + 1));
	}

	private static String currencyOfSign(String sign) {
		return "r$".equalsIgnoreCase(sign) ? "BRL" : "USD";
	}

	private static String currencyOfWord(String word) {
		if (word == null) {
			return "BRL";
		}
		String lower = word.toLowerCase();
		boolean dollars = lower.startsWith("d") || lower.startsWith("bucks") || lower.equals("usd");
		return dollars ? "USD" : "BRL";
	}

}
