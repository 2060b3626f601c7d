package com.bank.assistant.localstack.bench;

/**
 * What a simulated customer does next: say something (a named step of its script), end
 * the conversation, or give up on it because the assistant did not answer as a customer
 * expects.
 *
 * @param name the script's step, for per-step latencies (null when the conversation ends)
 * @param text what the customer says (null when the conversation ends)
 * @param failure why the conversation was given up, or null
 */
public record Step(String name, String text, String failure) {

	/** Say {@code text} as step {@code name}. */
	public static Step say(String name, String text) {
		return new Step(name, text, null);
	}

	/** The conversation is over, as the script meant. */
	public static Step end() {
		return new Step(null, null, null);
	}

	/** The conversation went wrong; {@code kind} groups such failures in the report. */
	public static Step fail(String kind) {
		return new Step(null, null, kind);
	}

	/** Whether the customer has something to say. */
	public boolean continues() {
		return this.text != null;
	}

}
