package com.bank.assistant.intent.model;

import java.util.Arrays;
import java.util.List;

/**
 * The one place that says how the production model is built, so that the service,
 * {@code bin/nlu} and the build's cross-validation train exactly the same thing.
 */
public final class IntentModels {

	/** Below this calibrated confidence a message is {@code out_of_scope}. */
	public static final double OUT_OF_SCOPE_THRESHOLD = 0.4;

	private IntentModels() {
	}

	/** A trainer with the production settings and encoder. */
	public static IntentTrainer production() {
		return with(ModelSettings.defaults());
	}

	/** A trainer with these settings and the encoder they name. */
	public static IntentTrainer with(ModelSettings settings) {
		return new IntentTrainer(settings, encoder(settings.encoder()));
	}

	/**
	 * The encoder of that name: {@code none} (null), one encoder, or several joined with
	 * {@code +}, side by side.
	 */
	static SentenceEncoder encoder(String name) {
		if ("none".equals(name)) {
			return null;
		}
		List<SentenceEncoder> parts = Arrays.stream(name.split("\\+"))
			.map(OnnxSentenceEncoder::named)
			.map(SentenceEncoder.class::cast)
			.toList();
		return (parts.size() == 1) ? parts.get(0) : new ConcatenatedEncoder(parts);
	}

}
