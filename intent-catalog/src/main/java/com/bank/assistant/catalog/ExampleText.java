package com.bank.assistant.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form in which two examples count as the same: no case, accents or punctuation. */
public final class ExampleText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private ExampleText() {
	}

	/** {@code "Não, 30 reais!"} becomes {@code "nao 30 reais"}. */
	public static String key(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
