package com.bank.assistant.intent.model;

import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.intent.detection.Classification;
import com.bank.assistant.intent.detection.IntentClassifier;
import com.bank.assistant.intent.detection.LocaleDetector;

/**
 * The trained model behind the {@link IntentClassifier} port: the calibrated best intent,
 * {@code out_of_scope} below the confidence threshold or for input it cannot read, and
 * the next three candidates.
 */
public final class TrainedIntentClassifier implements IntentClassifier {

	/** The intent of anything the assistant does not handle. */
	public static final String OUT_OF_SCOPE = "out_of_scope";

	private static final int ALTERNATIVES = 3;

	private final IntentModel model;

	private final double threshold;

	private final LocaleDetector locales = new LocaleDetector();

	/**
	 * A classifier that answers {@code out_of_scope} when the best intent's probability
	 * is below {@code threshold}.
	 */
	public TrainedIntentClassifier(IntentModel model, double threshold) {
		this.model = model;
		this.threshold = threshold;
	}

	/**
	 * The name the policy catalog prices: encoder (without its poolings) and head; the
	 * version says which exact model.
	 */
	@Override
	public String name() {
		String encoder = this.model.encoderName().replaceAll(":[^+]*", "");
		return "intent-ngram-" + encoder + "-"
				+ ("lr".equals(this.model.headName()) ? "logreg" : this.model.headName());
	}

	@Override
	public String version() {
		return this.model.version();
	}

	@Override
	public Classification classify(String text, String locale) {
		String safe = (text != null) ? text : "";
		String language = this.locales.languageOf(locale, safe);
		if (!InputGuard.readable(safe)) {
			return new Classification(language, new IntentScore(OUT_OF_SCOPE, 1.0), List.of());
		}
		List<IntentScore> ranked = this.model.ranked(safe, ALTERNATIVES + 1);
		IntentScore best = ranked.get(0);
		if (best.confidence() >= this.threshold || best.intent().equals(OUT_OF_SCOPE)) {
			return new Classification(language, best, ranked.subList(1, ranked.size()));
		}
		IntentScore unsure = new IntentScore(OUT_OF_SCOPE, 1.0 - best.confidence());
		List<IntentScore> candidates = new ArrayList<>(ranked.subList(0, Math.min(ALTERNATIVES, ranked.size())));
		candidates.removeIf((score) -> score.intent().equals(OUT_OF_SCOPE));
		return new Classification(language, unsure, candidates);
	}

}
