package com.bank.assistant.intent.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * tokens, max over the tokens, the first token's), each of unit length, side by side. The
 * same pass can also give an earlier layer's hidden states (the model's graph is given
 * those tensors as outputs when loaded). Named {@code encoder} (its own pooling) or
 * {@code encoder:pool,pool}, e.g. {@code minilm-q:mean,max}, a pooling of layer N's
 * states written {@code pool@N}, e.g. {@code minilm-q:mean,mean@5}.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

	/** BERT's 512 positions, the [CLS] and [SEP] tokens included. */
	private static final int MAX_TOKENS = 512;

	private final String name;

	private final List<Readout> readouts;

	private final Set<String> outputs;

	private final int width;

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final Set<String> inputs;

	private final HuggingFaceTokenizer tokenizer;

	private OnnxSentenceEncoder(String name, String modelResource, String tokenizerResource, List<Readout> readouts,
			int width) {
		this.name = name;
		this.readouts = List.copyOf(readouts);
		this.outputs = new LinkedHashSet<>(readouts.stream().map(Readout::tensor).toList());
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
			List<String> inner = this.outputs.stream().filter((tensor) -> !Readout.LAST.equals(tensor)).toList();
			this.session = this.environment.createSession(OnnxGraphOutputs.exposing(model.readAllBytes(), inner),
					options);
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
	 * ({@code mean}, {@code max}, {@code cls}, comma-separated, each optionally with
	 * {@code @} and the layer it reads, counted from 1).
	 */
	public static OnnxSentenceEncoder named(String name) {
		String[] parts = name.split(":", 2);
		return switch (parts[0]) {
			case "minilm-q" -> new OnnxSentenceEncoder(name, "all-minilm-l6-v2-q.onnx",
					"all-minilm-l6-v2-q-tokenizer.json", readouts(parts, Pooling.MEAN, 6), 384);
			case "minilm" -> new OnnxSentenceEncoder(name, "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
					readouts(parts, Pooling.MEAN, 6), 384);
			case "bge-small-q" -> new OnnxSentenceEncoder(name, "bge-small-en-v1.5-q.onnx",
					"bge-small-en-v1.5-q-tokenizer.json", readouts(parts, Pooling.CLS, 12), 384);
			default -> throw new IllegalArgumentException("Unknown sentence encoder " + name);
		};
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public int dimension() {
		return this.width * this.readouts.size();
	}

	@Override
	public float[] encode(String text) {
		String cut = (text.length() > TextFeatures.MAX_CHARS) ? text.substring(0, TextFeatures.MAX_CHARS) : text;
		Map<String, float[][]> states = hiddenStates(cut.isBlank() ? "." : cut);
		float[] vector = new float[dimension()];
		for (int i = 0; i < this.readouts.size(); i++) {
			Readout readout = this.readouts.get(i);
			float[] pooled = readout.pooling().pool(states.get(readout.tensor()), this.width);
			scaleToUnitLength(pooled);
			System.arraycopy(pooled, 0, vector, i * this.width, this.width);
		}
		return vector;
	}

	private Map<String, float[][]> hiddenStates(String text) {
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
			try (OrtSession.Result result = this.session.run(feed, this.outputs)) {
				Map<String, float[][]> states = new HashMap<>();
				for (String tensor : this.outputs) {
					states.put(tensor, ((float[][][]) result.get(tensor).orElseThrow().getValue())[0]);
				}
				return states;
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime failed on a sentence", ex);
		}
	}

	private static List<Readout> readouts(String[] parts, Pooling own, int layers) {
		if (parts.length == 1) {
			return List.of(Readout.of(own, layers, layers));
		}
		return Arrays.stream(parts[1].split(",")).map((readout) -> Readout.parse(readout, layers)).toList();
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

	/**
	 * One pooling of one layer's hidden states: {@code mean} pools the last layer's,
	 * {@code mean@4} the fourth layer's (counted from 1).
	 *
	 * @param pooling how the tokens' states become one vector
	 * @param tensor the ONNX tensor that holds the layer's states
	 */
	record Readout(Pooling pooling, String tensor) {

		static final String LAST = "last_hidden_state";

		/** The readout of that layer of an encoder with {@code layers} layers. */
		static Readout of(Pooling pooling, int layer, int layers) {
			if (layer < 1 || layer > layers) {
				throw new IllegalArgumentException("This encoder has layers 1 to " + layers + ", not " + layer);
			}
			// The name ONNX exports of BERT models give a layer's output.
			return new Readout(pooling,
					(layer == layers) ? LAST : "/encoder/layer." + (layer - 1) + "/output/LayerNorm/Add_1_output_0");
		}

		static Readout parse(String text, int layers) {
			String[] parts = text.split("@", 2);
			Pooling pooling = Pooling.valueOf(parts[0].toUpperCase(Locale.ROOT));
			return of(pooling, (parts.length == 1) ? layers : Integer.parseInt(parts[1]), layers);
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
