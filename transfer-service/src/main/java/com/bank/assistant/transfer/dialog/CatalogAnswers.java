package com.bank.assistant.transfer.dialog;

import com.bank.assistant.catalog.IntentCatalog;

/**
 * The fixed answers of FAQ-style intents (small talk, help, handoff, out of scope), read
 * from the intent catalog: product teams change or add them without Java. An intent the
 * catalog does not answer gets the out-of-scope answer.
 */
final class CatalogAnswers {

	private final IntentCatalog catalog;

	private CatalogAnswers(IntentCatalog catalog) {
		this.catalog = catalog;
	}

	/** The answers of this catalog. */
	static CatalogAnswers of(IntentCatalog catalog) {
		return new CatalogAnswers(catalog);
	}

	/** The answers of the catalog shipped with the service, read once. */
	static CatalogAnswers shipped() {
		return Shipped.INSTANCE;
	}

	/** The catalog's answer to this intent in this language. */
	String answer(String intent, Language language) {
		return this.catalog.answer(intent, language.tag())
			.or(() -> this.catalog.answer(Intents.OUT_OF_SCOPE, language.tag()))
			.orElseThrow(() -> new IllegalStateException("The intent catalog has no out_of_scope answer"));
	}

	private static final class Shipped {

		static final CatalogAnswers INSTANCE = new CatalogAnswers(IntentCatalog.load());

	}

}
