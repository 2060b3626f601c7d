package com.bank.assistant.intent.detection;

/** A model that names the intent of a message. */
public interface IntentClassifier {

	/** The model's name, as events report it. */
	String name();

	/** The trained artifact's version. */
	String version();

	/**
	 * Classifies one message.
	 * @param text the message as the customer wrote it
	 * @param locale the language if the client knows it, or null to detect it
	 */
	Classification classify(String text, String locale);

}
