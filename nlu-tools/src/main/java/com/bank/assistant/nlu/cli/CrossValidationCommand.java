package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.catalog.LabeledExample;
import com.bank.assistant.intent.model.CrossValidation;
import com.bank.assistant.intent.model.Evaluation;
import com.bank.assistant.intent.model.EvaluationReport;
import com.bank.assistant.intent.model.IntentTrainer;

/**
 * {@code bin/nlu cv}: k-fold cross-validation of the intent catalog (or of a training
 * CSV, to choose settings without touching its test set), as Markdown and JSON.
 */
final class CrossValidationCommand {

	private CrossValidationCommand() {
	}

	static void run(Options options) throws IOException {
		List<LabeledExample> examples = options.get("train").isPresent() ? Csv.read(Path.of(options.require("train")))
				: options.get("catalog")
					.map((dir) -> IntentCatalog.load(Path.of(dir)))
					.orElseGet(IntentCatalog::load)
					.examples();
		int folds = Integer.parseInt(options.get("folds").orElse("5"));
		IntentTrainer trainer = Settings.trainer(options);
		long started = System.nanoTime();
		Evaluation evaluation = CrossValidation.run(trainer, examples, folds);
		String title = folds + "-fold cross-validation of " + options.get("train").orElse("the intent catalog");
		Path out = Path.of(options.get("out").orElse("."));
		Files.createDirectories(out);
		Files.writeString(out.resolve("cv-report.md"), EvaluationReport.markdown(title, evaluation));
		Files.writeString(out.resolve("cv-report.json"), EvaluationReport.json(evaluation));
		System.out.printf(Locale.ROOT, "%s%nsettings %s%naccuracy %.2f %%, ece %.4f, %.1f s; reports in %s%n", title,
				trainer.settings(), evaluation.accuracy() * 100, evaluation.expectedCalibrationError(),
				(System.nanoTime() - started) / 1e9, out.toAbsolutePath());
	}

}
