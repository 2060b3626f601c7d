package com.bank.assistant.intent.model;

/**
 * How the intent model is built; part of its version. The defaults were chosen by
 * cross-validation (see the module README).
 *
 * @param encoder the sentence encoder: {@code minilm-q}, {@code minilm} (not quantized),
 * {@code bge-small-q}, each optionally with its poolings, each of the last layer or of
 * layer N ({@code minilm-q:mean,max}, {@code minilm-q:mean,mean@5}), several side by side
 * ({@code minilm-q+bge-small-q}) or {@code none}
 * @param head the linear head: {@code lr} (one-vs-rest logistic regression), {@code svm}
 * (one-vs-rest L2-loss support vector machine) or {@code cs} (Crammer and Singer's
 * multi-class support vector machine), all liblinear's; or several on the same features,
 * joined with {@code +}, each optionally with its own C ({@code lr:10+svm:1}), whose
 * probabilities (each at its own temperature) are averaged
 * @param cost the linear head's inverse regularization (liblinear's C), for a head
 * without its own
 * @param wordWeight length of the word n-gram block
 * @param charWeight length of the character n-gram block
 * @param embeddingWeight length of the sentence embedding block
 * @param wordMax longest word n-gram
 * @param charMin shortest character n-gram
 * @param charMax longest character n-gram
 * @param charAcrossWords whether character n-grams run across word boundaries
 * @param minDocumentFrequency how many texts a term must appear in to be a feature
 * @param calibrationFolds folds whose held-out scores fit the temperature
 */
public record ModelSettings(String encoder, String head, double cost, double wordWeight, double charWeight,
		double embeddingWeight, int wordMax, int charMin, int charMax, boolean charAcrossWords,
		int minDocumentFrequency, int calibrationFolds) {

	/**
	 * The production settings: the best of the catalog's cross-validation and held-out
	 * sets, MiniLM-q's last three layers mean-pooled (the fourth search in the module's
	 * SETTINGS-SEARCH.md). BANKING77's cross-validation prefers {@link #banking77()},
	 * which reads bare names and dates worse.
	 */
	public static ModelSettings defaults() {
		return new ModelSettings("minilm-q:mean,mean@5,mean@4", "lr", 10, 0.5, 1.0, 1.0, 2, 2, 5, false, 1, 5);
	}

	/**
	 * The settings 5-fold cross-validation on BANKING77's {@code train.csv} chose: an
	 * L2-loss SVM over MiniLM-q's mean and first-token poolings and character n-grams
	 * across words.
	 */
	public static ModelSettings banking77() {
		return new ModelSettings("minilm-q:mean,cls", "svm", 1, 0.5, 1.0, 1.5, 2, 2, 5, true, 1, 5);
	}

	/** The same settings with another encoder. */
	public ModelSettings withEncoder(String name) {
		return new ModelSettings(name, this.head, this.cost, this.wordWeight, this.charWeight, this.embeddingWeight,
				this.wordMax, this.charMin, this.charMax, this.charAcrossWords, this.minDocumentFrequency,
				this.calibrationFolds);
	}

	/** The same settings with another regularization. */
	public ModelSettings withCost(double value) {
		return new ModelSettings(this.encoder, this.head, value, this.wordWeight, this.charWeight, this.embeddingWeight,
				this.wordMax, this.charMin, this.charMax, this.charAcrossWords, this.minDocumentFrequency,
				this.calibrationFolds);
	}

	/** The same settings with other block weights. */
	public ModelSettings withWeights(double word, double character, double embedding) {
		return new ModelSettings(this.encoder, this.head, this.cost, word, character, embedding, this.wordMax,
				this.charMin, this.charMax, this.charAcrossWords, this.minDocumentFrequency, this.calibrationFolds);
	}

	/**
	 * The same settings with other n-grams: words up to {@code words} long, characters
	 * {@code charMin} to {@code charMax} long, within words or across them, and terms in
	 * at least {@code minFrequency} texts.
	 */
	public ModelSettings withNGrams(int words, int charMin, int charMax, boolean acrossWords, int minFrequency) {
		return new ModelSettings(this.encoder, this.head, this.cost, this.wordWeight, this.charWeight,
				this.embeddingWeight, words, charMin, charMax, acrossWords, minFrequency, this.calibrationFolds);
	}

	/** The same settings with another number of calibration folds (0: no calibration). */
	public ModelSettings withCalibrationFolds(int folds) {
		return new ModelSettings(this.encoder, this.head, this.cost, this.wordWeight, this.charWeight,
				this.embeddingWeight, this.wordMax, this.charMin, this.charMax, this.charAcrossWords,
				this.minDocumentFrequency, folds);
	}

	/**
	 * The same settings with another head: {@code lr}, {@code svm} or {@code cs}, or
	 * several averaged ({@code lr:10+svm:1}).
	 */
	public ModelSettings withHead(String name) {
		return new ModelSettings(this.encoder, name, this.cost, this.wordWeight, this.charWeight, this.embeddingWeight,
				this.wordMax, this.charMin, this.charMax, this.charAcrossWords, this.minDocumentFrequency,
				this.calibrationFolds);
	}

}
