package com.bank.assistant.nlu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/nlu predict}: one JSON line in, one out, in order; a bad line gets an error
 * line and the rest goes on.
 */
final class PredictCommand {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Nlu nlu;

	PredictCommand(Nlu nlu) {
		this.nlu = nlu;
	}

	void run(Options options) throws IOException {
		try (Reader in = options.get("in")
			.map(PredictCommand::open)
			.orElseGet(() -> new InputStreamReader(System.in, StandardCharsets.UTF_8));
				Writer out = options.get("out")
					.map(PredictCommand::create)
					.orElseGet(() -> new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
			predict(new BufferedReader(in), new PrintWriter(out));
		}
	}

	void predict(BufferedReader in, PrintWriter out) throws IOException {
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (!line.isBlank()) {
				out.println(JSON.writeValueAsString(answer(line)));
				out.flush();
			}
		}
	}

	/** The output object of one input line. */
	Map<String, Object> answer(String line) {
		Map<String, Object> result = new LinkedHashMap<>();
		try {
			JsonNode input = JSON.readTree(line);
			JsonNode text = input.path("text");
			result.put("text", text.isString() ? text.asString() : line);
			if (!text.isString()) {
				result.put("error", "each line needs a \"text\" string");
				return result;
			}
			long started = System.nanoTime();
			Nlu.Understood understood = this.nlu.understand(text.asString(), optional(input, "locale"),
					now(optional(input, "now")));
			double latency = (System.nanoTime() - started) / 1e6;
			result.put("intent", understood.intent().intent());
			result.put("confidence", Math.round(understood.intent().confidence() * 1e4) / 1e4);
			Map<String, String> slots = new LinkedHashMap<>();
			understood.extraction().slots().forEach((name, value) -> slots.put(name, value.value()));
			result.put("slots", slots);
			result.put("latency_ms", Math.round(latency * 100) / 100.0);
		}
		catch (JacksonException ex) {
			result.putIfAbsent("text", line);
			result.put("error", "not a JSON object: " + ex.getOriginalMessage());
		}
		catch (RuntimeException ex) {
			result.putIfAbsent("text", line);
			result.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		return result;
	}

	private static String optional(JsonNode input, String field) {
		JsonNode node = input.path(field);
		return (node.isString() && !node.asString().isBlank()) ? node.asString() : null;
	}

	private static Instant now(String text) {
		return (text != null) ? OffsetDateTime.parse(text).toInstant() : Instant.now();
	}

	private static Reader open(String file) {
		try {
			return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			NluMain.fail("Cannot read " + file + ": " + ex.getMessage());
			return null;
		}
	}

	private static Writer create(String file) {
		try {
			return Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			NluMain.fail("Cannot write " + file + ": " + ex.getMessage());
			return null;
		}
	}

}
