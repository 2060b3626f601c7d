package com.bank.assistant.catalog;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every intent the assistant knows, read from one YAML file per intent.
 *
 * @param intents the intents, by name
 */
public record IntentCatalog(List<IntentDefinition> intents) {

	/** The languages every intent must cover, both first class. */
	public static final List<String> LOCALES = List.of("pt-BR", "en");

	/** Where the catalog's files are on the classpath. */
	public static final String CLASSPATH_DIRECTORY = "intent-catalog/intents";

	public IntentCatalog {
		intents = intents.stream().sorted(Comparator.comparing(IntentDefinition::name)).toList();
	}

	/** The catalog shipped in this module's jar. */
	public static IntentCatalog load() {
		return CatalogReader.fromClasspath(CLASSPATH_DIRECTORY);
	}

	/** A catalog from a directory of YAML files, for product teams trying a change. */
	public static IntentCatalog load(Path directory) {
		return CatalogReader.fromDirectory(directory);
	}

	/** The intent of that name, if the catalog has it. */
	public Optional<IntentDefinition> intent(String name) {
		return this.intents.stream().filter((intent) -> intent.name().equals(name)).findFirst();
	}

	/** The intent names, sorted. */
	public List<String> names() {
		return this.intents.stream().map(IntentDefinition::name).toList();
	}

	/** Every example of every intent in every locale: the training data. */
	public List<LabeledExample> examples() {
		return this.intents.stream()
			.flatMap((intent) -> LOCALES.stream()
				.flatMap((locale) -> intent.examples(locale)
					.stream()
					.map((text) -> new LabeledExample(text, locale, intent.name()))))
			.toList();
	}

	/** The catalog's fixed answer to an FAQ-style intent in this locale. */
	public Optional<String> answer(String intent, String locale) {
		return intent(intent).flatMap((definition) -> definition.answer(locale));
	}

}
