package com.bank.assistant.intent;

import java.nio.file.Path;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.intent.detection.IntentDetection;
import com.bank.assistant.intent.model.IntentModel;
import com.bank.assistant.intent.model.IntentModels;
import com.bank.assistant.intent.model.TrainedIntentClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Trains the intent model from the catalog once, at start-up, and wires it. */
@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IntentConfiguration.class);

	@Bean
	IntentModel intentModel(IntentSettings settings) {
		long started = System.nanoTime();
		String directory = settings.catalogDirectory();
		IntentCatalog catalog = (directory == null || directory.isBlank()) ? IntentCatalog.load()
				: IntentCatalog.load(Path.of(directory));
		IntentModel model = IntentModels.production().train(catalog.examples());
		log.info("Intent model {} trained on {} examples of {} intents in {} ms (temperature {})", model.version(),
				catalog.examples().size(), model.intents().size(), (System.nanoTime() - started) / 1_000_000,
				String.format("%.3f", model.temperature()));
		return model;
	}

	@Bean
	IntentDetection intentDetection(IntentModel model, IntentSettings settings) {
		return new IntentDetection(new TrainedIntentClassifier(model, settings.outOfScopeThreshold()),
				settings.pricePerCpuSecond());
	}

}
