package com.bank.assistant.nlu.cli;

import com.bank.assistant.intent.model.ModelSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

	@Test
	void withoutOptionsItIsProduction() {
		assertThat(Settings.trainer(Options.parse(new String[0])).settings()).isEqualTo(ModelSettings.defaults());
	}

	@Test
	void theOptionsChangeTheEncoderAndTheHeadsOnTheChosenBase() {
		ModelSettings settings = Settings
			.trainer(Options.parse(new String[] { "--settings", "banking77", "--encoder", "minilm:mean,cls", "--head",
					"lr:10+svm:1", "--calibration-folds", "2" }))
			.settings();

		assertThat(settings).isEqualTo(ModelSettings.banking77()
			.withEncoder("minilm:mean,cls")
			.withHead("lr:10+svm:1")
			.withCalibrationFolds(2));
	}

}
