package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Number words of Portuguese and English, and the numerals of either decimal convention.
 */
final class NumberWords {

	/** Values of the words below a thousand, folded (no accents). */
	static final Map<String, Integer> VALUES = new HashMap<>();

	/** Words that multiply what came before. */
	static final Map<String, BigDecimal> SCALES = Map.of("mil", BigDecimal.valueOf(1_000), "thousand",
			BigDecimal.valueOf(1_000), "k", BigDecimal.valueOf(1_000), "milhao", BigDecimal.valueOf(1_000_000),
			"milhoes", BigDecimal.valueOf(1_000_000), "million", BigDecimal.valueOf(1_000_000), "millions",
			BigDecimal.valueOf(1_000_000), "bilhao", BigDecimal.valueOf(1_000_000_000), "bilhoes",
			BigDecimal.valueOf(1_000_000_000), "billion", BigDecimal.valueOf(1_000_000_000));

	/** Words that join number words: "vinte e cinco", "a hundred and twenty". */
	static final Set<String> JOINERS = Set.of("e", "and");

	/** Words that are a number only before a currency or a scale: "uma transferência". */
	static final Set<String> ARTICLES = Set.of("um", "uma", "one", "a");

	private static final Pattern INTEGER = Pattern.compile("\\d+");

	private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");

	private static final Pattern DOTS_THEN_COMMA = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?");

	private static final Pattern COMMAS_THEN_DOT = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?");

	private static final Pattern SHORT_DECIMAL = Pattern.compile("\\d+[.,]\\d{1,2}");

	static {
		put(0, "zero");
		put(1, "um", "uma", "one");
		put(2, "dois", "duas", "two");
		put(3, "tres", "three");
		put(4, "quatro", "four");
		put(5, "cinco", "five");
		put(6, "seis", "six");
		put(7, "sete", "seven");
		put(8, "oito", "eight");
		put(9, "nove", "nine");
		put(10, "dez", "ten");
		put(11, "onze", "eleven");
		put(12, "doze", "twelve");
		put(13, "treze", "thirteen");
		put(14, "catorze", "quatorze", "fourteen");
		put(15, "quinze", "fifteen");
		put(16, "dezesseis", "dezasseis", "dezeseis", "sixteen");
		put(17, "dezessete", "dezassete", "dezesete", "seventeen");
		put(18, "dezoito", "eighteen");
		put(19, "dezenove", "dezanove", "nineteen");
		put(20, "vinte", "twenty");
		put(30, "trinta", "thirty");
		put(40, "quarenta", "forty", "fourty");
		put(50, "cinquenta", "cincoenta", "fifty");
		put(60, "sessenta", "sixty");
		put(70, "setenta", "seventy");
		put(80, "oitenta", "eighty");
		put(90, "noventa", "ninety");
		put(100, "cem", "cento");
		put(200, "duzentos", "duzentas");
		put(300, "trezentos", "trezentas");
		put(400, "quatrocentos", "quatrocentas");
		put(500, "quinhentos", "quinhentas");
		put(600, "seiscentos", "seiscentas");
		put(700, "setecentos", "setecentas");
		put(800, "oitocentos", "oitocentas");
		put(900, "novecentos", "novecentas");
	}

	private NumberWords() {
	}

	private static void put(int value, String... words) {
		for (String word : words) {
			VALUES.put(word, value);
		}
	}

	static boolean isNumberWord(String folded) {
		return VALUES.containsKey(folded) || SCALES.containsKey(folded) || folded.equals("hundred")
				|| folded.equals("hundreds");
	}

	/**
	 * The value of a numeral, or null when it is none. "1.234,56" and "1,234.56" are
	 * grouped thousands with decimals; a lone separator before one or two digits is
	 * decimal, before three it groups thousands ("1.500"), unless a scale word follows
	 * ("1,5 mil", "2.345 mil").
	 */
	static BigDecimal numeral(String digits, boolean beforeScale) {
		if (INTEGER.matcher(digits).matches()) {
			return new BigDecimal(digits);
		}
		if (beforeScale && DECIMAL.matcher(digits).matches()) {
			return decimal(digits, Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(',')));
		}
		if (DOTS_THEN_COMMA.matcher(digits).matches()) {
			return decimal(digits.replace(".", ""), digits.replace(".", "").indexOf(','));
		}
		if (COMMAS_THEN_DOT.matcher(digits).matches()) {
			return decimal(digits.replace(",", ""), digits.replace(",", "").indexOf('.'));
		}
		if (SHORT_DECIMAL.matcher(digits).matches()) {
			return decimal(digits, Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(',')));
		}
		return null;
	}

	private static BigDecimal decimal(String digits, int separator) {
		if (separator < 0) {
			return new BigDecimal(digits);
		}
		return new BigDecimal(digits.substring(0, separator) + "." + digits.substring(separator + 1));
	}

}
