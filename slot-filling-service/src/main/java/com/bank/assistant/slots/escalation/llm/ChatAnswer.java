package com.bank.assistant.slots.escalation.llm;

import java.util.List;

import com.bank.assistant.slots.escalation.Choice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a chat-completions answer: the usage (what is billed) and the message's JSON
 * object, which must name one of the intents and a confidence in [0, 1]; anything else is
 * an {@code invalid_answer} and no escalation.
 */
final class ChatAnswer {

	private final JsonMapper json;

	private final List<String> intents;

	ChatAnswer(JsonMapper json, List<String> intents) {
		this.json = json;
		this.intents = intents;
	}

	/** The choice a successful HTTP answer's body holds. */
	Choice read(String body, long micros) {
		try {
			JsonNode root = this.json.readTree(body);
			long input = root.path("usage").path("prompt_tokens").asLong(0);
			long output = root.path("usage").path("completion_tokens").asLong(0);
			JsonNode answer = this.json
				.readTree(root.path("choices").path(0).path("message").path("content").asString(""));
			String intent = answer.path("intent").asString("");
			double confidence = answer.path("confidence").asDouble(-1);
			if (!this.intents.contains(intent) || confidence < 0 || confidence > 1) {
				return new Choice("invalid_answer", null, 0, input, output, micros, true);
			}
			return new Choice(Choice.ANSWERED, intent, confidence, input, output, micros, true);
		}
		catch (JacksonException ex) {
			return new Choice("invalid_answer", null, 0, 0, 0, micros, true);
		}
	}

}
