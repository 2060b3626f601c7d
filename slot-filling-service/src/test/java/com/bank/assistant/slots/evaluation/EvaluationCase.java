package com.bank.assistant.slots.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of an evaluation set.
 *
 * @param text the message
 * @param locale its language
 * @param now the request time
 * @param intent the intent it is read for
 * @param expected slot name to normalized value
 */
record EvaluationCase(String text, String locale, Instant now, String intent, Map<String, String> expected) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<EvaluationCase> load(String resource) {
		InputStream in = EvaluationCase.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalArgumentException("No evaluation set " + resource);
		}
		try (in) {
			List<EvaluationCase> cases = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					cases.add(parse(JSON.readTree(line)));
				}
			}
			return cases;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static EvaluationCase parse(JsonNode node) {
		Map<String, String> expected = new LinkedHashMap<>();
		node.get("slots").properties().forEach((entry) -> expected.put(entry.getKey(), entry.getValue().asString()));
		return new EvaluationCase(node.get("text").asString(), node.get("locale").asString(),
				OffsetDateTime.parse(node.get("now").asString()).toInstant(), node.get("intent").asString(), expected);
	}

}
