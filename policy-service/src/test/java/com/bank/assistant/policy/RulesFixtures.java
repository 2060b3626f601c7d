package com.bank.assistant.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped rules document, with one line changed. */
final class RulesFixtures {

	private RulesFixtures() {
	}

	static String shippedWith(String line, String replacement) {
		try (InputStream in = RulesFixtures.class.getResourceAsStream("/policy/default-rules.yml")) {
			String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (!shipped.contains(line)) {
				throw new IllegalArgumentException("The shipped rules have no line " + line);
			}
			return shipped.replace(line, replacement);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
