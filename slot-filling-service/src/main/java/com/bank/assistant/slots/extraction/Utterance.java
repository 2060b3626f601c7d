package com.bank.assistant.slots.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A message prepared for the extractors: its folded form (lower case, no accents, same
 * length, so spans stay valid), its tokens, and which characters a slot has already
 * claimed.
 */
public final class Utterance {

	private static final String ACCENTED = "áàâãäåéèêëíìîïóòôõöúùûüçñ";

	private static final String PLAIN = "aaaaaaeeeeiiiiooooouuuucn";

	private final String text;

	private final String folded;

	private final String locale;

	private final LocalDate today;

	private final List<Token> tokens;

	private final boolean[] claimed;

	/** The message {@code text} in {@code locale}, read on {@code today}. */
	public Utterance(String text, String locale, LocalDate today) {
		this.text = (text != null) ? text : "";
		this.folded = fold(this.text);
		this.locale = (locale != null) ? locale : "pt-BR";
		this.today = today;
		this.tokens = Collections.unmodifiableList(tokenize(this.folded));
		this.claimed = new boolean[this.text.length()];
	}

	/** Lower case without accents, one character for one character. */
	public static String fold(String text) {
		char[] chars = new char[text.length()];
		for (int i = 0; i < chars.length; i++) {
			char lower = Character.toLowerCase(text.charAt(i));
			int accented = ACCENTED.indexOf(lower);
			chars[i] = (accented >= 0) ? PLAIN.charAt(accented) : lower;
		}
		return new String(chars);
	}

	public String text() {
		return this.text;
	}

	public String folded() {
		return this.folded;
	}

	public String locale() {
		return this.locale;
	}

	public LocalDate today() {
		return this.today;
	}

	public List<Token> tokens() {
		return this.tokens;
	}

	/** Marks the characters of a found value, so that no other slot reads them. */
	public void claim(int start, int end) {
		for (int i = Math.max(0, start); i < Math.min(end, this.claimed.length); i++) {
			this.claimed[i] = true;
		}
	}

	/** Whether any character of the span belongs to a found value. */
	public boolean claimed(int start, int end) {
		for (int i = Math.max(0, start); i < Math.min(end, this.claimed.length); i++) {
			if (this.claimed[i]) {
				return true;
			}
		}
		return false;
	}

	boolean claimed(Token token) {
		return claimed(token.start(), token.end());
	}

	static List<Token> tokenize(String folded) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < folded.length()) {
			char c = folded.charAt(i);
			int end;
			Token.Kind kind;
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (Character.isLetter(c)) {
				end = endOfWord(folded, i);
				kind = Token.Kind.WORD;
				if (end < folded.length() && folded.charAt(end) == '$' && isSignPrefix(folded.substring(i, end))) {
					end++;
					kind = Token.Kind.SYMBOL;
				}
			}
			else if (isDigit(c)) {
				end = endOfNumber(folded, i);
				kind = Token.Kind.NUMBER;
			}
			else {
				end = i + Character.charCount(folded.codePointAt(i));
				kind = Token.Kind.SYMBOL;
			}
			tokens.add(new Token(folded.substring(i, end), i, end, kind));
			i = end;
		}
		return tokens;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isSignPrefix(String letters) {
		return letters.equals("r") || letters.equals("us") || letters.equals("u");
	}

	private static int endOfWord(String folded, int start) {
		int end = start;
		while (end < folded.length() && (Character.isLetter(folded.charAt(end)) || innerApostrophe(folded, end))) {
			end++;
		}
		return end;
	}

	private static boolean innerApostrophe(String folded, int at) {
		char c = folded.charAt(at);
		return (c == '\'' || c == '’') && at + 1 < folded.length() && Character.isLetter(folded.charAt(at + 1));
	}

	private static int endOfNumber(String folded, int start) {
		int end = start;
		while (end < folded.length()) {
			char c = folded.charAt(end);
			boolean innerSeparator = (c == '.' || c == ',') && end + 1 < folded.length()
					&& isDigit(folded.charAt(end + 1));
			if (!isDigit(c) && !innerSeparator) {
				break;
			}
			end++;
		}
		return end;
	}

}
