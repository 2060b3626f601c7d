package com.bank.assistant.nlu.cli;

import com.bank.assistant.intent.model.IntentModels;
import com.bank.assistant.intent.model.IntentTrainer;
import com.bank.assistant.intent.model.ModelSettings;

/**
 * The production settings ({@code --settings banking77}: the ones BANKING77's
 * cross-validation chose), optionally changed by {@code --encoder}, {@code --head},
 * {@code --c}, {@code --weights word,char,embedding}, {@code --word-max},
 * {@code --char-min}, {@code --char-max}, {@code --char-across-words}, {@code --min-df}
 * and {@code --calibration-folds}, for choosing them by cross-validation.
 */
final class Settings {

	private Settings() {
	}

	static IntentTrainer trainer(Options options) {
		ModelSettings settings = "banking77".equals(options.get("settings").orElse("production"))
				? ModelSettings.banking77() : ModelSettings.defaults();
		settings = settings.withEncoder(options.get("encoder").orElse(settings.encoder()));
		settings = settings.withHead(options.get("head").orElse(settings.head()));
		settings = settings.withCost(options.get("c").map(Double::parseDouble).orElse(settings.cost()));
		if (options.get("weights").isPresent()) {
			String[] weights = options.require("weights").split(",");
			settings = settings.withWeights(Double.parseDouble(weights[0]), Double.parseDouble(weights[1]),
					Double.parseDouble(weights[2]));
		}
		settings = settings.withNGrams(integer(options, "word-max", settings.wordMax()),
				integer(options, "char-min", settings.charMin()), integer(options, "char-max", settings.charMax()),
				options.get("char-across-words").map(Boolean::parseBoolean).orElse(settings.charAcrossWords()),
				integer(options, "min-df", settings.minDocumentFrequency()));
		settings = settings.withCalibrationFolds(integer(options, "calibration-folds", settings.calibrationFolds()));
		return IntentModels.with(settings);
	}

	private static int integer(Options options, String name, int otherwise) {
		return options.get(name).map(Integer::parseInt).orElse(otherwise);
	}

}
