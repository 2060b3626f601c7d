package com.bank.assistant.intent.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF over accent-folded word n-grams (unigrams to {@code wordMax}-grams) and
 * character n-grams inside words (or across them), each block L2-normalized: robust to
 * typos, slang and missing accents in both languages.
 */
final class TextFeatures {

	/**
	 * Longer messages are cut: intent is in the first sentences, and cost stays bounded.
	 */
	static final int MAX_CHARS = 500;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

	private final Map<String, Integer> vocabulary;

	private final double[] idf;

	private final boolean[] charBlock;

	private final ModelSettings settings;

	private TextFeatures(Map<String, Integer> vocabulary, double[] idf, ModelSettings settings) {
		this.vocabulary = vocabulary;
		this.idf = idf;
		this.settings = settings;
		this.charBlock = new boolean[idf.length];
		vocabulary.forEach((term, index) -> this.charBlock[index] = block(term) == 1);
	}

	/** Learns the vocabulary and inverse document frequencies of these texts. */
	static TextFeatures fit(List<String> texts, ModelSettings settings) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (String text : texts) {
			terms(text, settings).keySet().forEach((term) -> documentFrequency.merge(term, 1, Integer::sum));
		}
		Map<String, Integer> vocabulary = new HashMap<>();
		List<Double> idf = new ArrayList<>();
		documentFrequency.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= settings.minDocumentFrequency())
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> {
				vocabulary.put(entry.getKey(), vocabulary.size());
				idf.add(Math.log((1.0 + texts.size()) / (1.0 + entry.getValue())) + 1.0);
			});
		return new TextFeatures(vocabulary, idf.stream().mapToDouble(Double::doubleValue).toArray(), settings);
	}

	/** How many features a vector can have. */
	int dimension() {
		return this.idf.length;
	}

	/** The message's features, each block scaled to unit length times its weight. */
	SparseVector vector(String text) {
		TreeMap<Integer, Double> weights = new TreeMap<>();
		double[] norms = new double[2];
		terms(text, this.settings).forEach((term, count) -> {
			Integer index = this.vocabulary.get(term);
			if (index != null) {
				double weight = (1.0 + Math.log(count)) * this.idf[index];
				weights.put(index, weight);
				norms[block(term)] += weight * weight;
			}
		});
		double[] scale = { this.settings.wordWeight() / Math.max(Math.sqrt(norms[0]), 1e-12),
				this.settings.charWeight() / Math.max(Math.sqrt(norms[1]), 1e-12) };
		int[] indices = new int[weights.size()];
		double[] values = new double[weights.size()];
		int i = 0;
		for (Map.Entry<Integer, Double> entry : weights.entrySet()) {
			indices[i] = entry.getKey();
			values[i++] = entry.getValue() * scale[this.charBlock[entry.getKey()] ? 1 : 0];
		}
		return new SparseVector(indices, values);
	}

	/** Lower case, no accents, at most {@link #MAX_CHARS} characters. */
	static String fold(String text) {
		String cut = (text.length() > MAX_CHARS) ? text.substring(0, MAX_CHARS) : text;
		String folded = MARKS.matcher(Normalizer.normalize(cut, Normalizer.Form.NFD)).replaceAll("");
		return folded.toLowerCase(Locale.ROOT);
	}

	private static int block(String term) {
		return term.startsWith("c:") ? 1 : 0;
	}

	private static Map<String, Integer> terms(String text, ModelSettings settings) {
		Map<String, Integer> terms = new HashMap<>();
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(fold(text));
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		for (int i = 0; i < tokens.size(); i++) {
			terms.merge("w:" + tokens.get(i), 1, Integer::sum);
			for (int n = 2; n <= settings.wordMax() && n <= i + 1; n++) {
				terms.merge("b:" + String.join(" ", tokens.subList(i + 1 - n, i + 1)), 1, Integer::sum);
			}
			if (!settings.charAcrossWords()) {
				characters(" " + tokens.get(i) + " ", settings, terms);
			}
		}
		if (settings.charAcrossWords() && !tokens.isEmpty()) {
			characters(" " + String.join(" ", tokens) + " ", settings, terms);
		}
		return terms;
	}

	private static void characters(String padded, ModelSettings settings, Map<String, Integer> terms) {
		for (int n = settings.charMin(); n <= settings.charMax(); n++) {
			for (int start = 0; start + n <= padded.length(); start++) {
				terms.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
			}
		}
	}

}
