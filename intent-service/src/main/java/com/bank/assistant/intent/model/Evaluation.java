package com.bank.assistant.intent.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Predictions against the truth: accuracy, expected calibration error, precision, recall
 * and F1 per intent, and the pairs the model confuses most.
 *
 * @param gold the true intents
 * @param predicted the predicted intents, in the same order
 * @param confidence the confidence of each prediction
 */
public record Evaluation(List<String> gold, List<String> predicted, double[] confidence) {

	/** Share of predictions that are right. */
	public double accuracy() {
		long right = IntStream.range(0, this.gold.size()).filter(this::correct).count();
		return (double) right / Math.max(this.gold.size(), 1);
	}

	/** Expected calibration error over 15 bins. */
	public double expectedCalibrationError() {
		boolean[] correct = new boolean[this.gold.size()];
		for (int i = 0; i < correct.length; i++) {
			correct[i] = correct(i);
		}
		return Calibration.expectedCalibrationError(this.confidence, correct);
	}

	/** Precision, recall, F1 and support of each intent, by name. */
	public Map<String, IntentScores> perIntent() {
		Map<String, IntentScores> scores = new TreeMap<>();
		for (String intent : new TreeSet<>(this.gold)) {
			int truePositives = 0;
			int predictedCount = 0;
			int support = 0;
			for (int i = 0; i < this.gold.size(); i++) {
				boolean isGold = this.gold.get(i).equals(intent);
				boolean isPredicted = this.predicted.get(i).equals(intent);
				support += isGold ? 1 : 0;
				predictedCount += isPredicted ? 1 : 0;
				truePositives += (isGold && isPredicted) ? 1 : 0;
			}
			scores.put(intent, IntentScores.of(truePositives, predictedCount, support));
		}
		return scores;
	}

	/** The most frequent (true, predicted) mistakes, most frequent first. */
	public List<Confusion> mostConfused(int count) {
		Map<String, Integer> pairs = new TreeMap<>();
		for (int i = 0; i < this.gold.size(); i++) {
			if (!correct(i)) {
				pairs.merge(this.gold.get(i) + "\t" + this.predicted.get(i), 1, Integer::sum);
			}
		}
		List<Confusion> confusions = new ArrayList<>();
		pairs.forEach((pair, n) -> confusions.add(new Confusion(pair.split("\t")[0], pair.split("\t")[1], n)));
		confusions.sort(Comparator.comparingInt(Confusion::count).reversed());
		return List.copyOf(confusions.subList(0, Math.min(count, confusions.size())));
	}

	private boolean correct(int i) {
		return this.gold.get(i).equals(this.predicted.get(i));
	}

	/**
	 * One intent's scores.
	 *
	 * @param precision right among those predicted as it
	 * @param recall found among those that are it
	 * @param f1 harmonic mean of precision and recall
	 * @param support how many examples are it
	 */
	public record IntentScores(double precision, double recall, double f1, int support) {

		static IntentScores of(int truePositives, int predicted, int support) {
			double precision = (predicted > 0) ? (double) truePositives / predicted : 0;
			double recall = (support > 0) ? (double) truePositives / support : 0;
			double f1 = (precision + recall > 0) ? 2 * precision * recall / (precision + recall) : 0;
			return new IntentScores(precision, recall, f1, support);
		}

	}

	/**
	 * A kind of mistake.
	 *
	 * @param actual the true intent
	 * @param predicted what the model said
	 * @param count how often
	 */
	public record Confusion(String actual, String predicted, int count) {

	}

}
