package com.bank.assistant.intent.model;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** An evaluation as Markdown for people and JSON for tools. */
public final class EvaluationReport {

	private static final int CONFUSED_PAIRS = 10;

	private EvaluationReport() {
	}

	/** A Markdown report with a title line. */
	public static String markdown(String title, Evaluation evaluation) {
		StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
		out.append(
				String.format(Locale.ROOT, "Accuracy **%.2f %%** on %d examples; expected calibration error %.3f.%n%n",
						evaluation.accuracy() * 100, evaluation.gold().size(), evaluation.expectedCalibrationError()));
		out.append("| intent | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
		evaluation.perIntent()
			.forEach((intent, scores) -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n",
					intent, scores.precision(), scores.recall(), scores.f1(), scores.support())));
		out.append("\nMost confused (true -> predicted):\n\n| true | predicted | count |\n|---|---|---|\n");
		evaluation.mostConfused(CONFUSED_PAIRS)
			.forEach((pair) -> out
				.append("| " + pair.actual() + " | " + pair.predicted() + " | " + pair.count() + " |\n"));
		return out.toString();
	}

	/** The same figures as one JSON object. */
	public static String json(Evaluation evaluation) {
		String intents = evaluation.perIntent()
			.entrySet()
			.stream()
			.map(EvaluationReport::intentJson)
			.collect(Collectors.joining(",\n    "));
		String confused = evaluation.mostConfused(CONFUSED_PAIRS)
			.stream()
			.map((pair) -> String.format(Locale.ROOT, "{\"actual\": \"%s\", \"predicted\": \"%s\", \"count\": %d}",
					pair.actual(), pair.predicted(), pair.count()))
			.collect(Collectors.joining(",\n    "));
		return String.format(Locale.ROOT,
				"{%n  \"examples\": %d,%n  \"accuracy\": %.4f,%n  \"ece\": %.4f,%n  \"intents\": {%n    %s%n  },%n"
						+ "  \"most_confused\": [%n    %s%n  ]%n}%n",
				evaluation.gold().size(), evaluation.accuracy(), evaluation.expectedCalibrationError(), intents,
				confused);
	}

	private static String intentJson(Map.Entry<String, Evaluation.IntentScores> entry) {
		Evaluation.IntentScores scores = entry.getValue();
		return String.format(Locale.ROOT,
				"\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"support\": %d}", entry.getKey(),
				scores.precision(), scores.recall(), scores.f1(), scores.support());
	}

}
