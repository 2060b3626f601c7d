package com.bank.assistant.intent.model;

import com.bank.assistant.catalog.IntentCatalog;

/** The production model trained once per test JVM on the shipped catalog. */
final class TrainedCatalogModel {

	static final IntentCatalog CATALOG = IntentCatalog.load();

	static final IntentTrainer TRAINER = IntentModels.production();

	static final IntentModel MODEL = TRAINER.train(CATALOG.examples());

	private TrainedCatalogModel() {
	}

}
