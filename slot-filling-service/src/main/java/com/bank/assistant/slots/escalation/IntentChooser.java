package com.bank.assistant.slots.escalation;

import java.time.Duration;
import java.util.List;

/** A larger model that picks one intent of the catalog for a customer's message. */
public interface IntentChooser {

	/** The tier's name in the model catalog. */
	String tier();

	/** The most input tokens a call for {@code text} sends (the prompt included). */
	long inputTokensAtMost(String text);

	/** The most output tokens a call may return. */
	long outputTokensAtMost();

	/**
	 * Asks for one of {@code intents}, giving up after {@code timeLeft}; never throws, a
	 * failure is a {@link Choice} without an intent.
	 */
	Choice choose(String text, String locale, List<String> intents, Duration timeLeft);

}
