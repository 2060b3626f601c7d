package com.bank.assistant.intent.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A BERT sentence encoder (quantized or not) shipped in a Maven artifact (langchain4j's),
 * run by ONNX Runtime in this process with one thread per call: no network, and no worker
 * threads that inflate the tail latency on a shared core. One pass gives the last hidden
 * state of every token; the sentence vector is one or more poolings of it (mean over the
 * tokens, max over the tokens, the first token's), each of unit length, side by side.
 * Named {@code encoder} (its own pooling) or {@code encoder:pool,pool}, e.g.
 * {@code minilm-q:mean,max}.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

	/** BERT's 512 positions, the [CLS] and [SEP] tokens included. */
	private static final int MAX_TOKENS = 512;

	private final String name;

	private final List<Pooling> poolings;

	private final int width;

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final Set<String> inputs;

	private final HuggingFaceTokenizer tokenizer;

	private OnnxSentenceEncoder(String name, String modelResource, String tokenizerResource, List<Pooling> poolings,
			int width) {
		this.name = name;
		this.poolings = List.copyOf(poolings);
		this.width = width;
		ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
		try (InputStream model = loader.getResourceAsStream(modelResource);
				InputStream tokenizer = loader.getResourceAsStream(tokenizerResource)) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("The encoder " + modelResource + " is not on the classpath");
			}
			this.environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
			this.session = this.environment.createSession(model.readAllBytes(), options);
			this.inputs = this.session.getInputNames();
			this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizer,
					Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime could not load " + modelResource, ex);
		}
	}

	/**
	 * The encoder of that name: {@code minilm-q} (8-bit quantized) or {@code minilm}
	 * (32-bit floats; its artifact is on {@code bin/nlu}'s classpath, not in the
	 * service's jar), both mean-pooled as they were trained, or {@code bge-small-q}
	 * (first token), optionally followed by {@code :} and the poolings to use instead
	 * ({@code mean}, {@code max}, {@code cls}, comma-separated).
	 */
	public static OnnxSentenceEncoder named(String name) {
		String[] parts = name.split(":", 2);
		return switch (parts[0]) {
			case "minilm-q" -> new OnnxSentenceEncoder(name, "all-minilm-l6-v2-q.onnx",
					"all-minilm-l6-v2-q-tokenizer.json", poolings(parts, Pooling.MEAN), 384);
			case "minilm" -> new OnnxSentenceEncoder(name, "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
					poolings(parts, Pooling.MEAN), 384);
			case "bge-small-q" -> new OnnxSentenceEncoder(name, "bge-small-en-v1.5-q.onnx",
					"bge-small-en-v1.5-q-tokenizer.json", poolings(parts, Pooling.CLS), 384);
			default -> throw new IllegalArgumentException("Unknown sentence encoder " + name);
		};
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public int dimension() {
		return this.width * this.poolings.size();
	}

	@Override
	public float[] encode(String text) {
		String cut = (text.length() > TextFeatures.MAX_CHARS) ? text.substring(0, TextFeatures.MAX_CHARS) : text;
		float[][] tokens = hiddenStates(cut.isBlank() ? "." : cut);
		float[] vector = new float[dimension()];
		for (int i = 0; i < this.poolings.size(); i++) {
			float[] pooled = this.poolings.get(i).pool(tokens, this.width);
			scaleToUnitLength(pooled);
			System.arraycopy(pooled, 0, vector, i * this.width, this.width);
		}
		return vector;
	}

	private float[][] hiddenStates(String text) {
		Encoding encoding = this.tokenizer.encode(text);
		long[] shape = { 1, encoding.getIds().length };
		try (OnnxTensor ids = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(encoding.getIds()), shape);
				OnnxTensor mask = OnnxTensor.createTensor(this.environment,
						LongBuffer.wrap(encoding.getAttentionMask()), shape);
				OnnxTensor types = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(encoding.getTypeIds()),
						shape)) {
			Map<String, OnnxTensor> feed = new HashMap<>();
			feed.put("input_ids", ids);
			feed.put("attention_mask", mask);
			if (this.inputs.contains("token_type_ids")) {
				feed.put("token_type_ids", types);
			}
			try (OrtSession.Result result = this.session.run(feed)) {
				return ((float[][][]) result.get(0).getValue())[0];
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime failed on a sentence", ex);
		}
	}

	private static List<Pooling> poolings(String[] parts, Pooling own) {
		if (parts.length == 1) {
			return List.of(own);
		}
		return Arrays.stream(parts[1].split(","))
			.map((pooling) -> Pooling.valueOf(pooling.toUpperCase(java.util.Locale.ROOT)))
			.toList();
	}

	private static void scaleToUnitLength(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
		for (int i = 0; i < vector.length; i++) {
			vector[i] *= scale;
		}
	}

	/** How the tokens' hidden states become one vector. */
	enum Pooling {

		/** The average over the tokens ([CLS] and [SEP] included). */
		MEAN {
			@Override
			float[] pool(float[][] tokens, int width) {
				float[] pooled = new float[width];
				for (float[] token : tokens) {
					for (int j = 0; j < width; j++) {
						pooled[j] += token[j];
					}
				}
				for (int j = 0; j < width; j++) {
					pooled[j] /= tokens.length;
				}
				return pooled;
			}
		},

		/** The largest value of each dimension over the tokens. */
		MAX {
			@Override
			float[] pool(float[][] tokens, int width) {
				float[] pooled = tokens[0].clone();
				for (float[] token : tokens) {
					for (int j = 0; j < width; j++) {
						pooled[j] = Math.max(pooled[j], token[j]);
					}
				}
				return pooled;
			}
		},

		/** The first ([CLS]) token's state. */
		CLS {
			@Override
			float[] pool(float[][] tokens, int width) {
				return tokens[0].clone();
			}
		};

		abstract float[] pool(float[][] tokens, int width);

	}

}
