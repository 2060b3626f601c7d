package com.bank.assistant.intent.model;

import java.util.List;
import java.util.Map;

/**
 * The model's input: the n-gram block followed by the sentence embedding block, scaled by
 * its weight.
 */
final class Featurizer {

	private final TextFeatures text;

	private final SentenceEncoder encoder;

	private final double embeddingWeight;

	private final Map<String, float[]> embeddings;

	Featurizer(TextFeatures text, SentenceEncoder encoder, double embeddingWeight, Map<String, float[]> embeddings) {
		this.text = text;
		this.encoder = encoder;
		this.embeddingWeight = embeddingWeight;
		this.embeddings = embeddings;
	}

	/** Fits the n-gram vocabulary on these texts. */
	static Featurizer fit(List<String> texts, ModelSettings settings, SentenceEncoder encoder,
			Map<String, float[]> embeddings) {
		return new Featurizer(TextFeatures.fit(texts, settings), encoder, settings.embeddingWeight(), embeddings);
	}

	int dimension() {
		return this.text.dimension() + ((this.encoder != null) ? this.encoder.dimension() : 0);
	}

	String encoderName() {
		return (this.encoder != null) ? this.encoder.name() : "none";
	}

	/** The features of a text; embeddings computed during training are reused. */
	SparseVector vector(String input) {
		SparseVector words = this.text.vector(input);
		if (this.encoder == null) {
			return words;
		}
		float[] embedding = this.embeddings.get(input);
		if (embedding == null) {
			embedding = this.encoder.encode(input);
		}
		int offset = this.text.dimension();
		int size = words.size() + embedding.length;
		int[] indices = new int[size];
		double[] values = new double[size];
		System.arraycopy(words.indices(), 0, indices, 0, words.size());
		System.arraycopy(words.values(), 0, values, 0, words.size());
		for (int i = 0; i < embedding.length; i++) {
			indices[words.size() + i] = offset + i;
			values[words.size() + i] = embedding[i] * this.embeddingWeight;
		}
		return new SparseVector(indices, values);
	}

	/** The same features without the training-time embedding cache, for serving. */
	Featurizer forServing() {
		return new Featurizer(this.text, this.encoder, this.embeddingWeight, Map.of());
	}

}
