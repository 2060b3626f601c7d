package com.bank.assistant.slots.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Which contacts a name means. Every word said must match a different word of the
 * contact's name, compared without accents or case; words of four letters or more may
 * carry a typo (Jaro-Winkler similarity at least {@value #TYPO_SIMILARITY}), shorter ones
 * must be equal. Among the contacts that match, only the closest are kept, so "Ana Souza"
 * is one contact and "Ana" is two.
 */
public final class ContactMatcher {

	/** Similarity from which two words of four letters or more are the same word. */
	static final double TYPO_SIMILARITY = 0.9;

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	/** How far below the best match a contact may score and still be a candidate. */
	private static final double TIE = 0.02;

	private ContactMatcher() {
	}

	/** The contacts the name means, in the order given; none when no contact matches. */
	public static List<Contact> match(String name, List<Contact> contacts) {
		List<String> said = words(name);
		if (said.isEmpty()) {
			return List.of();
		}
		double[] scores = contacts.stream().mapToDouble((contact) -> score(said, words(contact.name()))).toArray();
		double best = Arrays.stream(scores).max().orElse(0);
		List<Contact> matches = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			if (best > 0 && scores[i] >= best - TIE) {
				matches.add(contacts.get(i));
			}
		}
		return matches;
	}

	/**
	 * The contacts that one word of the text means on its own ("a souza", where no name
	 * was read), in the order given.
	 */
	public static List<Contact> matchAnyWord(String text, List<Contact> contacts) {
		return contacts.stream()
			.filter((contact) -> words(text).stream().anyMatch((word) -> !match(word, List.of(contact)).isEmpty()))
			.toList();
	}

	/** The contact whose key this is, or null. */
	public static Contact byKey(String pixKey, List<Contact> contacts) {
		return contacts.stream()
			.filter((contact) -> contact.pixKey().equalsIgnoreCase(pixKey))
			.findFirst()
			.orElse(null);
	}

	/** The text in lower case without accents, words separated by one space. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * The mean similarity of each said word to its best word of the contact, or 0 when a
	 * said word matches none.
	 */
	private static double score(List<String> said, List<String> contact) {
		List<String> left = new ArrayList<>(contact);
		double total = 0;
		for (String word : said) {
			String best = null;
			double bestSimilarity = 0;
			for (String candidate : left) {
				double similarity = similarity(word, candidate);
				if (similarity > bestSimilarity) {
					best = candidate;
					bestSimilarity = similarity;
				}
			}
			if (best == null) {
				return 0;
			}
			left.remove(best);
			total += bestSimilarity;
		}
		return total / said.size();
	}

	private static double similarity(String said, String word) {
		if (said.equals(word)) {
			return 1;
		}
		if (said.length() < 4 || word.length() < 4) {
			return 0;
		}
		double similarity = SIMILARITY.apply(said, word);
		return (similarity >= TYPO_SIMILARITY) ? similarity : 0;
	}

	private static List<String> words(String name) {
		String folded = fold(name).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
		return folded.isEmpty() ? List.of() : List.of(folded.split("\\s+"));
	}

}
