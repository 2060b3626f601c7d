package com.bank.assistant.intent.model;

/**
 * Turns a sentence into a dense vector: one or more parts side by side, each of unit
 * length.
 */
public interface SentenceEncoder {

	/** The encoder's name, part of the model version. */
	String name();

	/** The vectors' length. */
	int dimension();

	/** The sentence's vector. */
	float[] encode(String text);

}
