package com.bank.assistant.intent.model;

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
		SentenceEncoder encoder = "none".equals(settings.encoder()) ? null
				: OnnxSentenceEncoder.named(settings.encoder());
		return new IntentTrainer(settings, encoder);
	}

}
