package com.bank.assistant.intent.detection;

import java.math.BigDecimal;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;

/**
 * Runs the intent model on a message and reports what it found and what the step cost.
 */
public final class IntentDetection {

	private final IntentClassifier classifier;

	private final BigDecimal pricePerCall;

	/** Detection with this model, each call priced at {@code pricePerCall} BRL. */
	public IntentDetection(IntentClassifier classifier, BigDecimal pricePerCall) {
		this.classifier = classifier;
		this.pricePerCall = pricePerCall;
	}

	/** The intent of the message. */
	public IntentDetected detect(MessageReceived message) {
		long started = System.nanoTime();
		Classification result = this.classifier.classify(message.text(), message.locale());
		long micros = (System.nanoTime() - started) / 1_000;
		ModelUsage usage = new ModelUsage(this.classifier.name(), this.classifier.version(), micros, this.pricePerCall);
		return new IntentDetected(message.text(), result.locale(), result.best().intent(), result.best().confidence(),
				result.alternatives(), usage);
	}

}
