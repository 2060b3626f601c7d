package com.bank.assistant.intent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.catalog.IntentDefinition;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.intent.detection.GatedIntentDetection;
import com.bank.assistant.intent.detection.IntentDeadlines;
import com.bank.assistant.intent.detection.IntentDetection;
import com.bank.assistant.intent.model.IntentModel;
import com.bank.assistant.intent.model.IntentModels;
import com.bank.assistant.intent.model.TrainedIntentClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trains the intent model from the catalog once, at start-up, and wires it with the
 * policy gate and the catalog's SLAs.
 */
@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IntentConfiguration.class);

	@Bean
	IntentCatalog intentCatalog(IntentSettings settings) {
		String directory = settings.catalogDirectory();
		return (directory == null || directory.isBlank()) ? IntentCatalog.load()
				: IntentCatalog.load(Path.of(directory));
	}

	@Bean
	IntentModel intentModel(IntentCatalog catalog) {
		long started = System.nanoTime();
		IntentModel model = IntentModels.production().train(catalog.examples());
		log.info("Intent model {} trained on {} examples of {} intents in {} ms (temperature {})", model.version(),
				catalog.examples().size(), model.intents().size(), (System.nanoTime() - started) / 1_000_000,
				String.format("%.3f", model.temperature()));
		return model;
	}

	@Bean
	GatedIntentDetection intentDetection(IntentModel model, IntentSettings settings, PolicyGate gate) {
		return new GatedIntentDetection(
				new IntentDetection(new TrainedIntentClassifier(model, settings.outOfScopeThreshold()),
						settings.pricePerCpuSecond()),
				gate);
	}

	/** Each intent's SLA from the catalog, which narrows the turn's deadline. */
	@Bean
	IntentDeadlines intentDeadlines(IntentCatalog catalog) {
		return new IntentDeadlines(catalog.intents()
			.stream()
			.collect(Collectors.toMap(IntentDefinition::name, (intent) -> Duration.ofMillis(intent.slaMillis()))));
	}

}
