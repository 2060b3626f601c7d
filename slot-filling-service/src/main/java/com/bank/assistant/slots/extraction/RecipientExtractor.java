package com.bank.assistant.slots.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * The recipient's name as said, in any case and with or without accents: the trained
 * {@link RecipientModel} reads it from the context ("pra joao", "send Lisa 20 bucks"),
 * with the values of the other slots hidden from it; rules then trim words that are never
 * names (articles, titles, pronouns, verbs) and fill in when the model finds nothing (the
 * words after "pra"/"to", or a short answer made only of names). Two different names
 * leave the recipient out rather than pick one.
 */
public final class RecipientExtractor implements SlotExtractor {

	private static final int MAX_WORDS = 4;

	@Override
	public void extract(Utterance utterance, Map<String, SlotValue> slots) {
		ModelTokens tokens = ModelTokens.of(utterance);
		if (tokens.size() == 0 || utterance.text().length() > 2_000) {
			return;
		}
		List<SlotValue> names = new ArrayList<>();
		for (RecipientModel.Found found : RecipientModel.find(tokens)) {
			add(names, name(utterance, tokens, found.start(), found.end(), found.probability()));
		}
		if (names.isEmpty()) {
			add(names, afterPreposition(utterance, tokens));
		}
		if (names.isEmpty()) {
			add(names, wholeAnswer(utterance, tokens));
		}
		if (names.size() == 1) {
			SlotValue name = names.get(0);
			utterance.claim(name.start(), name.end());
			slots.putIfAbsent("recipient", name);
		}
	}

	private static void add(List<SlotValue> names, SlotValue name) {
		if (name != null && names.stream().noneMatch((other) -> other.value().equalsIgnoreCase(name.value()))) {
			names.add(name);
		}
	}

	/** The words {@code [start, end)} trimmed of words that are never names. */
	private static SlotValue name(Utterance utterance, ModelTokens tokens, int start, int end, double confidence) {
		int first = start;
		int last = end - 1;
		while (first <= last && !nameWord(tokens, first)) {
			first++;
		}
		while (last >= first && !nameWord(tokens, last)) {
			last--;
		}
		for (int i = first; i <= last; i++) {
			if (!nameWord(tokens, i)) {
				return null;
			}
		}
		while (first <= last && last + 1 < tokens.size() && last - first + 1 < MAX_WORDS
				&& capitalized(utterance, tokens, last) && capitalized(utterance, tokens, last + 1)
				&& nameWord(tokens, last + 1)) {
			last++;
		}
		if (first > last || last - first >= MAX_WORDS) {
			return null;
		}
		int from = tokens.token(first).start();
		int to = tokens.token(last).end();
		return new SlotValue(utterance.text().substring(from, to), from, to, confidence);
	}

	private static SlotValue afterPreposition(Utterance utterance, ModelTokens tokens) {
		for (int i = 0; i < tokens.size() - 1; i++) {
			if (!tokens.placeholder(i) && NameLexicon.introducesRecipient(tokens.token(i).folded())) {
				int start = i + 1;
				while (start < tokens.size() && !tokens.placeholder(start) && !nameWord(tokens, start)
						&& tokens.token(start).is(Token.Kind.WORD)) {
					start++;
				}
				int end = start;
				while (end < tokens.size() && nameWord(tokens, end) && end - start < MAX_WORDS) {
					end++;
				}
				if (end > start) {
					return name(utterance, tokens, start, end, 0.6);
				}
			}
		}
		return null;
	}

	private static SlotValue wholeAnswer(Utterance utterance, ModelTokens tokens) {
		int first = 0;
		while (first < tokens.size() && !tokens.placeholder(first) && !nameWord(tokens, first)
				&& tokens.token(first).is(Token.Kind.WORD)) {
			first++;
		}
		int last = tokens.size() - 1;
		while (last >= first && tokens.token(last).is(Token.Kind.SYMBOL) && !tokens.placeholder(last)) {
			last--;
		}
		if (first > last || last - first >= MAX_WORDS) {
			return null;
		}
		return name(utterance, tokens, first, last + 1, 0.6);
	}

	/** A capitalized name goes on while the words are capitalized: "Flora Menezes". */
	private static boolean capitalized(Utterance utterance, ModelTokens tokens, int index) {
		return Character.isUpperCase(utterance.text().charAt(tokens.token(index).start()));
	}

	private static boolean nameWord(ModelTokens tokens, int index) {
		Token token = tokens.token(index);
		return !tokens.placeholder(index) && token.is(Token.Kind.WORD) && token.folded().length() >= 2
				&& NameLexicon.canBeName(token.folded());
	}

}
