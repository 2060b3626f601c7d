package com.bank.assistant.intent.model;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class EnsembleHeadTest {

	private static final ModelSettings LR_AND_SVM = ModelSettings.defaults()
		.withEncoder("none")
		.withHead("lr:10+svm:1");

	@Test
	void itsLogitsAreTheLogarithmOfTheHeadsAverageProbabilityEachAtItsTemperature() {
		double[] lr = { 4.0, 1.0, -2.0 };
		double[] svm = { -0.5, 0.8, -1.0 };
		double[] temperatures = { 2.0, 0.25 };

		double[] combined = EnsembleHead.combine(new double[][] { lr, svm }, temperatures);

		double[] fromLr = Calibration.softmax(lr, 2.0);
		double[] fromSvm = Calibration.softmax(svm, 0.25);
		for (int c = 0; c < 3; c++) {
			assertThat(Math.exp(combined[c])).isCloseTo((fromLr[c] + fromSvm[c]) / 2, within(1e-12));
		}
		assertThat(Arrays.stream(combined).map(Math::exp).sum()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void eachHeadHasItsOwnCostOrTheSettingsOne() {
		assertThat(LinearHead.specs("lr:10+svm", 3)).containsExactly(new LinearHead.Spec("lr", 10),
				new LinearHead.Spec("svm", 3));
		assertThat(LinearHead.specs("svm", 1)).containsExactly(new LinearHead.Spec("svm", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> LinearHead.specs("lr+knn", 1));
	}

	@Test
	void aModelOfTwoHeadsGivesCalibratedProbabilitiesThatSumToOne() {
		IntentModel model = IntentModels.with(LR_AND_SVM).train(TrainedCatalogModel.CATALOG.examples());

		assertThat(model.headName()).isEqualTo("lr+svm");
		assertThat(model.temperature()).isBetween(0.01, 100.0).isNotEqualTo(1.0);
		for (String text : List.of("transfere 20 reais pra Ana", "what's my balance?", "tchau", "xyz")) {
			double[] probabilities = model.probabilities(text);
			assertThat(probabilities).hasSize(model.intents().size());
			assertThat(Arrays.stream(probabilities).sum()).isCloseTo(1.0, within(1e-9));
			assertThat(Arrays.stream(probabilities).allMatch((p) -> p >= 0 && p <= 1)).isTrue();
		}
		assertThat(model.ranked("transfere 20 reais pra Ana", 1).get(0).intent()).isEqualTo("pix_transfer");
		assertThat(new TrainedIntentClassifier(model, IntentModels.OUT_OF_SCOPE_THRESHOLD).name())
			.isEqualTo("intent-ngram-none-lr+svm");
	}

	@Test
	void theVersionCoversTheHeadsAndTheirCosts() {
		var examples = TrainedCatalogModel.CATALOG.examples();
		ModelSettings fast = LR_AND_SVM.withCalibrationFolds(2);

		String both = IntentModels.with(fast).train(examples).version();

		assertThat(IntentModels.with(fast).train(examples).version()).isEqualTo(both);
		assertThat(IntentModels.with(fast.withHead("lr:10+svm:2")).train(examples).version()).isNotEqualTo(both);
		assertThat(IntentModels.with(fast.withHead("lr:10")).train(examples).version()).isNotEqualTo(both);
	}

	@Test
	void severalHeadsNeedCalibrationFoldsForTheirTemperatures() {
		IntentTrainer uncalibrated = IntentModels.with(LR_AND_SVM.withCalibrationFolds(0));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> uncalibrated.train(TrainedCatalogModel.CATALOG.examples()))
			.withMessageContaining("calibration folds");
	}

}
