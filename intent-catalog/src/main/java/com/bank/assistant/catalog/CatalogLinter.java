package com.bank.assistant.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a catalog change must pass before it can train a model: complete files,
 * enough examples per locale, no duplicates and no example claimed by two intents.
 */
public final class CatalogLinter {

	private final int minExamplesPerLocale;

	/** A linter asking for at least this many examples per intent and locale. */
	public CatalogLinter(int minExamplesPerLocale) {
		this.minExamplesPerLocale = minExamplesPerLocale;
	}

	/** Every problem found, one sentence each; empty when the catalog is fine. */
	public List<String> lint(IntentCatalog catalog) {
		List<String> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Map<String, String> owners = new HashMap<>();
		for (IntentDefinition intent : catalog.intents()) {
			if (!names.add(intent.name())) {
				problems.add("intent " + intent.name() + " is declared twice");
			}
			checkFields(intent, problems);
			for (String locale : IntentCatalog.LOCALES) {
				checkExamples(intent, locale, owners, problems);
			}
		}
		return problems;
	}

	private void checkFields(IntentDefinition intent, List<String> problems) {
		String name = intent.name();
		if (!name.matches("[a-z][a-z_]*")) {
			problems.add(name + ": the name must be lower_snake_case");
		}
		if (intent.slaMillis() <= 0) {
			problems.add(name + ": sla-ms must be a positive number of milliseconds");
		}
		for (String locale : IntentCatalog.LOCALES) {
			if (intent.isFaq() && !intent.answer().containsKey(locale)) {
				problems.add(name + ": the answer has no " + locale + " text");
			}
			if (!intent.confirmation().isEmpty() && !intent.confirmation().containsKey(locale)) {
				problems.add(name + ": the confirmation has no " + locale + " text");
			}
			intent.slots()
				.stream()
				.filter((slot) -> slot.required() && !slot.prompt().containsKey(locale))
				.forEach((slot) -> problems.add(name + ": slot " + slot.name() + " has no " + locale + " prompt"));
		}
		intent.examples()
			.keySet()
			.stream()
			.filter((locale) -> !IntentCatalog.LOCALES.contains(locale))
			.forEach((locale) -> problems.add(name + ": unknown locale " + locale));
	}

	private void checkExamples(IntentDefinition intent, String locale, Map<String, String> owners,
			List<String> problems) {
		List<String> examples = intent.examples(locale);
		if (examples.size() < this.minExamplesPerLocale) {
			problems.add(intent.name() + ": " + examples.size() + " " + locale + " examples, at least "
					+ this.minExamplesPerLocale + " needed");
		}
		Set<String> seen = new HashSet<>();
		for (String example : examples) {
			String key = ExampleText.key(example);
			if (key.isEmpty()) {
				problems.add(intent.name() + ": empty " + locale + " example '" + example + "'");
			}
			else if (!seen.add(key)) {
				problems.add(intent.name() + ": duplicate " + locale + " example '" + example + "'");
			}
			else {
				String owner = owners.putIfAbsent(key, intent.name());
				if (owner != null && !owner.equals(intent.name())) {
					problems.add("'" + example + "' is an example of both " + owner + " and " + intent.name());
				}
			}
		}
	}

}
