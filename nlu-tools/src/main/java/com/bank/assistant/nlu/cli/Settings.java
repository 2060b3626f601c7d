package com.bank.assistant.nlu.cli;

import com.bank.assistant.intent.model.IntentModels;
import com.bank.assistant.intent.model.IntentTrainer;
import com.bank.assistant.intent.model.ModelSettings;

/**
 * The production settings, optionally changed by {@code --encoder}, {@code --c},
 * {@code --weights word,char,embedding} and {@code --calibration-folds}, for choosing
 * them by cross-validation.
 */
final class Settings {

	private Settings() {
	}

	static IntentTrainer trainer(Options options) {
		ModelSettings settings = ModelSettings.defaults();
		settings = settings.withEncoder(options.get("encoder").orElse(settings.encoder()));
		settings = settings.withCost(options.get("c").map(Double::parseDouble).orElse(settings.cost()));
		if (options.get("weights").isPresent()) {
			String[] weights = options.require("weights").split(",");
			settings = settings.withWeights(Double.parseDouble(weights[0]), Double.parseDouble(weights[1]),
					Double.parseDouble(weights[2]));
		}
		if (options.get("calibration-folds").isPresent()) {
			int folds = Integer.parseInt(options.require("calibration-folds"));
			settings = new ModelSettings(settings.encoder(), settings.cost(), settings.wordWeight(),
					settings.charWeight(), settings.embeddingWeight(), settings.charMin(), settings.charMax(),
					settings.minDocumentFrequency(), folds);
		}
		return IntentModels.with(settings);
	}

}
