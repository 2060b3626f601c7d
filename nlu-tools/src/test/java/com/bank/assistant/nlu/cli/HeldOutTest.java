package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unseen pt-BR and en requests of the v1 catalog (kept out of the catalog), labelled
 * through {@code bin/nlu predict}'s own code path.
 */
class HeldOutTest {

	static final double MIN_ACCURACY = 0.97;

	@Test
	void predictLabelsUnseenRequestsCorrectly() throws IOException {
		ScoreCommand.HeldOutScore score = ScoreCommand.HeldOutScore.of(new PredictCommand(SharedNlu.NLU), lines());

		assertThat(score.total()).isGreaterThanOrEqualTo(150);
		assertThat(score.accuracy()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(MIN_ACCURACY);
	}

	private static List<String> lines() throws IOException {
		try (InputStream in = HeldOutTest.class.getResourceAsStream("/heldout-v1.jsonl")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

}
