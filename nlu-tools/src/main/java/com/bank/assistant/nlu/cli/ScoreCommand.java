package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bin/nlu score}: runs {@code predict} on lines that also carry the expected
 * {@code intent}, and prints the share it gets right and every miss; the model is
 * production's unless the settings options of {@code train-eval} change it.
 */
final class ScoreCommand {

	private ScoreCommand() {
	}

	static void run(Options options) throws IOException {
		List<String> lines = Files.readAllLines(Path.of(options.require("in")), StandardCharsets.UTF_8);
		HeldOutScore score = HeldOutScore.of(new PredictCommand(Nlu.trainedBy(Settings.trainer(options))), lines);
		score.misses().forEach((miss) -> System.out.println("MISS " + miss));
		System.out.printf(Locale.ROOT, "%d of %d right: %.2f %%%n", score.right(), score.total(),
				score.accuracy() * 100);
	}

	/**
	 * The result of scoring.
	 *
	 * @param right lines predicted as expected
	 * @param total lines with an expectation
	 * @param misses one description per wrong line
	 */
	record HeldOutScore(int right, int total, List<String> misses) {

		static HeldOutScore of(PredictCommand predict, List<String> lines) {
			int right = 0;
			int total = 0;
			List<String> misses = new java.util.ArrayList<>();
			for (String line : lines) {
				if (line.isBlank()) {
					continue;
				}
				String expected = PredictCommand.JSON.readTree(line).path("intent").asString();
				Map<String, Object> answer = predict.answer(line);
				total++;
				if (expected.equals(answer.get("intent"))) {
					right++;
				}
				else {
					misses.add(answer.get("text") + " -> " + answer.get("intent") + " (expected " + expected + ")");
				}
			}
			return new HeldOutScore(right, total, misses);
		}

		double accuracy() {
			return (double) this.right / Math.max(this.total, 1);
		}

	}

}
