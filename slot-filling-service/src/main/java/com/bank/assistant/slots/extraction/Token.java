package com.bank.assistant.slots.extraction;

/**
 * One token of a message: a run of letters, a number with its separators, or one symbol.
 *
 * @param folded the token lower-cased and without accents
 * @param start first character in the message
 * @param end character after the token
 * @param kind what the token is made of
 */
public record Token(String folded, int start, int end, Kind kind) {

	/** What a token is made of. */
	public enum Kind {

		/** Letters, possibly with an inner apostrophe. */
		WORD,
		/** Digits, possibly with inner dots and commas. */
		NUMBER,
		/**
		 * A currency sign ({@code r$}, {@code us$}, {@code $}, ...) or any other symbol.
		 */
		SYMBOL

	}

	boolean is(Kind other) {
		return this.kind == other;
	}

	boolean is(String word) {
		return this.folded.equals(word);
	}

	/** Whether this token touches the next one, with no space between. */
	boolean touches(Token next) {
		return this.end == next.start;
	}

}
