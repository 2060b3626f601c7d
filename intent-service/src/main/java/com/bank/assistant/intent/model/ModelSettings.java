package com.bank.assistant.intent.model;

/**
 * How the intent model is built; part of its version. The defaults were chosen by
 * cross-validation (see the module README).
 *
 * @param encoder the sentence encoder: {@code minilm-q}, {@code bge-small-q}, both side
 * by side ({@code minilm-q+bge-small-q}) or {@code none}
 * @param cost the linear head's inverse regularization (liblinear's C)
 * @param wordWeight length of the word n-gram block
 * @param charWeight length of the character n-gram block
 * @param embeddingWeight length of the sentence embedding block
 * @param charMin shortest character n-gram
 * @param charMax longest character n-gram
 * @param minDocumentFrequency how many texts a term must appear in to be a feature
 * @param calibrationFolds folds whose held-out scores fit the temperature
 */
public record ModelSettings(String encoder, double cost, double wordWeight, double charWeight, double embeddingWeight,
		int charMin, int charMax, int minDocumentFrequency, int calibrationFolds) {

	/** The production settings. */
	public static ModelSettings defaults() {
		return new ModelSettings("minilm-q", 10, 0.5, 1.0, 1.0, 2, 5, 1, 5);
	}

	/** The same settings with another encoder. */
	public ModelSettings withEncoder(String name) {
		return new ModelSettings(name, this.cost, this.wordWeight, this.charWeight, this.embeddingWeight, this.charMin,
				this.charMax, this.minDocumentFrequency, this.calibrationFolds);
	}

	/** The same settings with another regularization. */
	public ModelSettings withCost(double value) {
		return new ModelSettings(this.encoder, value, this.wordWeight, this.charWeight, this.embeddingWeight,
				this.charMin, this.charMax, this.minDocumentFrequency, this.calibrationFolds);
	}

	/** The same settings with other block weights. */
	public ModelSettings withWeights(double word, double character, double embedding) {
		return new ModelSettings(this.encoder, this.cost, word, character, embedding, this.charMin, this.charMax,
				this.minDocumentFrequency, this.calibrationFolds);
	}

}
