package com.bank.assistant.intent.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.bank.assistant.contracts.event.IntentScore;

/**
 * A trained intent model: features, linear head and temperature, loaded once and then
 * only read (safe to share between threads).
 */
public final class IntentModel {

	private final List<String> intents;

	private final Featurizer featurizer;

	private final IntentHead head;

	private final double temperature;

	private final String version;

	IntentModel(List<String> intents, Featurizer featurizer, IntentHead head, double temperature, String version) {
		this.intents = List.copyOf(intents);
		this.featurizer = featurizer;
		this.head = head;
		this.temperature = temperature;
		this.version = version;
	}

	/** The intents it tells apart, sorted. */
	public List<String> intents() {
		return this.intents;
	}

	/** A hash of the training data and settings. */
	public String version() {
		return this.version;
	}

	/** The fitted temperature. */
	public double temperature() {
		return this.temperature;
	}

	/** The encoder's name, or {@code none}. */
	public String encoderName() {
		return this.featurizer.encoderName();
	}

	/**
	 * The head's kind: {@code lr}, {@code svm} or {@code cs}, or several averaged
	 * ({@code lr+svm}).
	 */
	public String headName() {
		return this.head.name();
	}

	/** Calibrated probabilities, one per intent in {@link #intents()} order. */
	public double[] probabilities(String text) {
		return Calibration.softmax(logits(text), this.temperature);
	}

	/** The {@code count} most likely intents, best first. */
	public List<IntentScore> ranked(String text, int count) {
		double[] probabilities = probabilities(text);
		List<IntentScore> scores = new ArrayList<>();
		for (int i = 0; i < probabilities.length; i++) {
			scores.add(new IntentScore(this.intents.get(i), probabilities[i]));
		}
		scores.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
		return List.copyOf(scores.subList(0, Math.min(count, scores.size())));
	}

	Featurizer featurizer() {
		return this.featurizer;
	}

	IntentHead head() {
		return this.head;
	}

	double[] logits(String text) {
		return this.head.logits(this.featurizer.vector(text));
	}

}
