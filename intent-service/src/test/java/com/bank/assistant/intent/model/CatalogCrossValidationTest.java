package com.bank.assistant.intent.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's quality gate on the catalog: 5-fold cross-validation of the production
 * architecture, reported per intent in {@code target/catalog-cv.md} and
 * {@code target/catalog-cv.json}.
 */
class CatalogCrossValidationTest {

	/**
	 * A catalog change that drops cross-validated accuracy below this fails the build.
	 */
	static final double MIN_ACCURACY = 0.82;

	static final double MAX_ECE = 0.08;

	@Test
	void crossValidatedAccuracyAndCalibrationStayAboveTheBar() throws IOException {
		Evaluation evaluation = CrossValidation.run(TrainedCatalogModel.TRAINER, TrainedCatalogModel.CATALOG.examples(),
				5);

		Files.writeString(Path.of("target", "catalog-cv.md"),
				EvaluationReport.markdown("Intent catalog, 5-fold cross-validation", evaluation));
		Files.writeString(Path.of("target", "catalog-cv.json"), EvaluationReport.json(evaluation));
		assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(MIN_ACCURACY);
		assertThat(evaluation.expectedCalibrationError()).isLessThanOrEqualTo(MAX_ECE);
	}

}
