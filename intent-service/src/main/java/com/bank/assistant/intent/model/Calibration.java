package com.bank.assistant.intent.model;

/**
 * Temperature scaling: one number that softens or sharpens the softmax of the logits so
 * that a confidence of 0.8 is right about 80 % of the time.
 */
final class Calibration {

	private static final int ECE_BINS = 15;

	private Calibration() {
	}

	/** Probabilities of the logits at this temperature. */
	static double[] softmax(double[] logits, double temperature) {
		double max = Double.NEGATIVE_INFINITY;
		for (double logit : logits) {
			max = Math.max(max, logit);
		}
		double[] probabilities = new double[logits.length];
		double sum = 0;
		for (int i = 0; i < logits.length; i++) {
			probabilities[i] = Math.exp((logits[i] - max) / temperature);
			sum += probabilities[i];
		}
		for (int i = 0; i < logits.length; i++) {
			probabilities[i] /= sum;
		}
		return probabilities;
	}

	/** The temperature that minimizes the negative log-likelihood of held-out logits. */
	static double fitTemperature(double[][] logits, int[] labels) {
		double low = Math.log(0.01);
		double high = Math.log(100);
		double ratio = (Math.sqrt(5) - 1) / 2;
		for (int step = 0; step < 60; step++) {
			double a = high - ratio * (high - low);
			double b = low + ratio * (high - low);
			if (negativeLogLikelihood(logits, labels, Math.exp(a)) < negativeLogLikelihood(logits, labels,
					Math.exp(b))) {
				high = b;
			}
			else {
				low = a;
			}
		}
		return Math.exp((low + high) / 2);
	}

	/**
	 * Expected calibration error: the gap between confidence and accuracy, averaged over
	 * 15 equal-width confidence bins weighted by their size.
	 */
	static double expectedCalibrationError(double[] confidences, boolean[] correct) {
		double[] confidenceSum = new double[ECE_BINS];
		double[] correctSum = new double[ECE_BINS];
		int[] count = new int[ECE_BINS];
		for (int i = 0; i < confidences.length; i++) {
			int bin = Math.min((int) (confidences[i] * ECE_BINS), ECE_BINS - 1);
			confidenceSum[bin] += confidences[i];
			correctSum[bin] += correct[i] ? 1 : 0;
			count[bin]++;
		}
		double error = 0;
		for (int bin = 0; bin < ECE_BINS; bin++) {
			if (count[bin] > 0) {
				error += Math.abs(confidenceSum[bin] - correctSum[bin]) / confidences.length;
			}
		}
		return error;
	}

	private static double negativeLogLikelihood(double[][] logits, int[] labels, double temperature) {
		double loss = 0;
		for (int i = 0; i < logits.length; i++) {
			loss -= Math.log(Math.max(softmax(logits[i], temperature)[labels[i]], 1e-15));
		}
		return loss;
	}

}
