package com.bank.assistant.slots.escalation.llm;

import java.util.List;
import java.util.stream.Collectors;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.catalog.IntentDefinition;

/**
 * The instructions sent with every message: the catalog's intents with their
 * descriptions, and the one JSON shape to answer in.
 */
public final class IntentPrompt {

	/**
	 * Characters per token assumed for the cost bound: tokenizers of English and
	 * Portuguese text average 3.5 to 4, so 3 bounds the count from above.
	 */
	private static final int CHARACTERS_PER_TOKEN = 3;

	/** Tokens a chat API adds per message for roles and separators. */
	private static final int TOKENS_PER_MESSAGE = 8;

	private final String system;

	private final List<String> intents;

	/** The prompt of {@code catalog}'s intents. */
	public IntentPrompt(IntentCatalog catalog) {
		this.intents = catalog.names();
		this.system = """
				You classify one message a customer wrote to a Brazilian bank's chat assistant, in Portuguese or \
				English. Choose exactly one intent from this list (name: meaning):
				%s
				Answer with one JSON object and nothing else: {"intent": "<name from the list>", "confidence": \
				<your probability that it is right, 0 to 1>}."""
			.formatted(catalog.intents().stream().map(IntentPrompt::line).collect(Collectors.joining("\n")));
	}

	String system() {
		return this.system;
	}

	/** The intents the answer must name one of. */
	public List<String> intents() {
		return this.intents;
	}

	/** An upper bound of the input tokens of a call for {@code text}. */
	long inputTokensAtMost(String text) {
		long characters = this.system.length() + ((text != null) ? text.length() : 0);
		return (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN + 2 * TOKENS_PER_MESSAGE;
	}

	private static String line(IntentDefinition intent) {
		return "- " + intent.name() + ": " + intent.description();
	}

}
