package com.bank.assistant.nlu.cli;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.intent.detection.IntentDetection;
import com.bank.assistant.intent.model.IntentModel;
import com.bank.assistant.intent.model.IntentModels;
import com.bank.assistant.intent.model.IntentTrainer;
import com.bank.assistant.intent.model.TrainedIntentClassifier;
import com.bank.assistant.slots.extraction.Extraction;
import com.bank.assistant.slots.extraction.SlotFilling;

/**
 * The services' path for one message: intent-service's detection, then slot-filling's
 * extraction, with the model trained from the catalog as the service trains it.
 */
final class Nlu {

	private final IntentDetection detection;

	private final SlotFilling slots = new SlotFilling(BigDecimal.ZERO);

	Nlu(IntentModel model) {
		this.detection = new IntentDetection(new TrainedIntentClassifier(model, IntentModels.OUT_OF_SCOPE_THRESHOLD),
				BigDecimal.ZERO);
	}

	/** The production model, trained on the catalog shipped in the jar. */
	static Nlu production() {
		return trainedBy(IntentModels.production());
	}

	/** A model trained on the catalog shipped in the jar by this trainer. */
	static Nlu trainedBy(IntentTrainer trainer) {
		return new Nlu(trainer.train(IntentCatalog.load().examples()));
	}

	/** Intent and slots of one message, read at {@code now}. */
	Understood understand(String text, String locale, Instant now) {
		IntentDetected detected = this.detection.detect(new MessageReceived(text, locale, "cli"));
		return new Understood(detected, this.slots.extract(detected, now));
	}

	/**
	 * One message understood on its own, as slot filling reads it before merging it into
	 * a conversation's frame.
	 *
	 * @param intent the detected intent
	 * @param extraction the slots read for it
	 */
	record Understood(IntentDetected intent, Extraction extraction) {

	}

}
