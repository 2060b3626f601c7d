package com.bank.assistant.transfer.dialog;

import java.util.Locale;

/** The languages the assistant answers in, both first class. */
public enum Language {

	/** Brazilian Portuguese. */
	PT_BR("pt-BR"),

	/** English. */
	EN("en");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	/** The BCP 47 tag, as events carry it. */
	public String tag() {
		return this.tag;
	}

	/** English for any {@code en} tag, Brazilian Portuguese otherwise. */
	public static Language of(String tag) {
		return (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) ? EN : PT_BR;
	}

}
