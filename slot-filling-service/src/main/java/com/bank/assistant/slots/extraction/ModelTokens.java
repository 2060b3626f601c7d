package com.bank.assistant.slots.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the name model reads: the message's tokens as written, with each run of
 * characters that another slot claimed (an amount, a date, a Pix key) replaced by one
 * placeholder, so that the model never sees "cinquenta" or "amanhã" as a name.
 */
final class ModelTokens {

	/** Stands for a value that another slot found. */
	static final String PLACEHOLDER = "<valor>";

	private final String[] words;

	private final Token[] first;

	private final Token[] last;

	private ModelTokens(String[] words, Token[] first, Token[] last) {
		this.words = words;
		this.first = first;
		this.last = last;
	}

	static ModelTokens of(Utterance utterance) {
		List<String> words = new ArrayList<>();
		List<Token> first = new ArrayList<>();
		List<Token> last = new ArrayList<>();
		boolean inClaim = false;
		for (Token token : utterance.tokens()) {
			boolean claimed = utterance.claimed(token);
			if (claimed && inClaim) {
				last.set(last.size() - 1, token);
				continue;
			}
			words.add(claimed ? PLACEHOLDER : utterance.text().substring(token.start(), token.end()));
			first.add(token);
			last.add(token);
			inClaim = claimed;
		}
		return new ModelTokens(words.toArray(String[]::new), first.toArray(Token[]::new), last.toArray(Token[]::new));
	}

	String[] words() {
		return this.words;
	}

	int size() {
		return this.words.length;
	}

	Token token(int index) {
		return this.first[index];
	}

	boolean placeholder(int index) {
		return this.words[index].equals(PLACEHOLDER) && this.first[index] != null;
	}

	/** The index of the model token at or after character {@code position}. */
	int indexAt(int position) {
		for (int i = 0; i < this.first.length; i++) {
			if (this.last[i].end() > position) {
				return i;
			}
		}
		return this.first.length;
	}

}
