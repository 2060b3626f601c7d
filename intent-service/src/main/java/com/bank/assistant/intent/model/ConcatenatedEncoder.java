package com.bank.assistant.intent.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several sentence encoders side by side: each vector (unit length) one after the other,
 * so that the linear head weighs what each encoder saw. Named by its parts joined with
 * {@code +}.
 */
final class ConcatenatedEncoder implements SentenceEncoder {

	private final List<SentenceEncoder> parts;

	private final int dimension;

	ConcatenatedEncoder(List<SentenceEncoder> parts) {
		this.parts = List.copyOf(parts);
		this.dimension = parts.stream().mapToInt(SentenceEncoder::dimension).sum();
	}

	@Override
	public String name() {
		return this.parts.stream().map(SentenceEncoder::name).collect(Collectors.joining("+"));
	}

	@Override
	public int dimension() {
		return this.dimension;
	}

	@Override
	public float[] encode(String text) {
		float[] vector = new float[this.dimension];
		int offset = 0;
		for (SentenceEncoder part : this.parts) {
			float[] piece = part.encode(text);
			System.arraycopy(piece, 0, vector, offset, piece.length);
			offset += piece.length;
		}
		return vector;
	}

}
