package com.bank.assistant.intent.model;

import java.util.List;
import java.util.stream.IntStream;

import com.bank.assistant.catalog.LabeledExample;

/**
 * K-fold cross-validation of the production architecture: each fold trains a full model
 * (temperature included) on the other folds and predicts the held-out one. Folds train in
 * parallel (the common fork-join pool: one fold per core).
 */
public final class CrossValidation {

	private CrossValidation() {
	}

	/** Every example predicted by a model that did not see it. */
	public static Evaluation run(IntentTrainer trainer, List<LabeledExample> examples, int folds) {
		String[] predicted = new String[examples.size()];
		double[] confidence = new double[examples.size()];
		IntStream.range(0, folds).parallel().forEach((fold) -> {
			List<Integer> held = Folds.heldOut(examples, folds, fold);
			IntentModel model = trainer.train(Folds.without(examples, held));
			for (int i : held) {
				var best = model.ranked(examples.get(i).text(), 1).get(0);
				predicted[i] = best.intent();
				confidence[i] = best.confidence();
			}
		});
		List<String> gold = examples.stream().map(LabeledExample::intent).toList();
		return new Evaluation(gold, List.of(predicted), confidence);
	}

}
