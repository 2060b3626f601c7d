package com.bank.assistant.intent.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A quantized sentence encoder shipped in a Maven artifact, run by ONNX Runtime in this
 * process with one thread per call: no network, and no worker threads that inflate the
 * tail latency on a shared core.
 */
public final class OnnxSentenceEncoder extends AbstractInProcessEmbeddingModel implements SentenceEncoder {

	private final String name;

	private final int dimension;

	private final OnnxBertBiEncoder model;

	private OnnxSentenceEncoder(String name, String modelResource, String tokenizerResource, PoolingMode pooling,
			int dimension) {
		super(Runnable::run);
		this.name = name;
		this.dimension = dimension;
		this.model = load(modelResource, tokenizerResource, pooling);
	}

	/** The encoder of that name: {@code minilm-q} or {@code bge-small-q}. */
	public static OnnxSentenceEncoder named(String name) {
		return switch (name) {
			case "minilm-q" -> new OnnxSentenceEncoder(name, "all-minilm-l6-v2-q.onnx",
					"all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384);
			case "bge-small-q" -> new OnnxSentenceEncoder(name, "bge-small-en-v1.5-q.onnx",
					"bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384);
			default -> throw new IllegalArgumentException("Unknown sentence encoder " + name);
		};
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public int dimension() {
		return this.dimension;
	}

	@Override
	public float[] encode(String text) {
		String cut = (text.length() > TextFeatures.MAX_CHARS) ? text.substring(0, TextFeatures.MAX_CHARS) : text;
		float[] vector = embed(TextSegment.from(cut.isBlank() ? "." : cut)).content().vector();
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
		for (int i = 0; i < vector.length; i++) {
			vector[i] *= scale;
		}
		return vector;
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.model;
	}

	@Override
	protected Integer knownDimension() {
		return this.dimension;
	}

	private static OnnxBertBiEncoder load(String modelResource, String tokenizerResource, PoolingMode pooling) {
		ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
		try (InputStream model = loader.getResourceAsStream(modelResource);
				InputStream tokenizer = loader.getResourceAsStream(tokenizerResource)) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("The encoder " + modelResource + " is not on the classpath");
			}
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			return new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime could not load " + modelResource, ex);
		}
	}

}
