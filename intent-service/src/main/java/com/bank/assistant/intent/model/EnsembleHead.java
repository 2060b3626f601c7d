package com.bank.assistant.intent.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several linear heads trained on the same features: each head's logits become
 * probabilities at that head's own temperature (fitted on out-of-fold logits, as heads
 * speak on different scales: an SVM's margins are near 1, a logistic regression's
 * log-odds are larger), the probabilities are averaged, and their logarithms are the
 * ensemble's logits, which the model's one final temperature calibrates like any head's.
 */
final class EnsembleHead implements IntentHead {

	/** The floor of an averaged probability before its logarithm. */
	private static final double FLOOR = 1e-300;

	private final List<LinearHead> members;

	private final double[] temperatures;

	EnsembleHead(List<LinearHead> members, double[] temperatures) {
		if (members.size() != temperatures.length) {
			throw new IllegalArgumentException("One temperature per head");
		}
		this.members = List.copyOf(members);
		this.temperatures = temperatures.clone();
	}

	@Override
	public String name() {
		return this.members.stream().map(LinearHead::name).collect(Collectors.joining("+"));
	}

	@Override
	public double[] logits(SparseVector vector) {
		double[][] memberLogits = new double[this.members.size()][];
		for (int k = 0; k < memberLogits.length; k++) {
			memberLogits[k] = this.members.get(k).logits(vector);
		}
		return combine(memberLogits, this.temperatures);
	}

	/**
	 * The logarithm of the average of each head's probabilities at its temperature: the
	 * ensemble's logits.
	 */
	static double[] combine(double[][] memberLogits, double[] temperatures) {
		double[] average = new double[memberLogits[0].length];
		for (int k = 0; k < memberLogits.length; k++) {
			double[] probabilities = Calibration.softmax(memberLogits[k], temperatures[k]);
			for (int c = 0; c < average.length; c++) {
				average[c] += probabilities[c] / memberLogits.length;
			}
		}
		for (int c = 0; c < average.length; c++) {
			average[c] = Math.log(Math.max(average[c], FLOOR));
		}
		return average;
	}

}
