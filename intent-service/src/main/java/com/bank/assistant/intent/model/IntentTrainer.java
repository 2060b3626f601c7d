package com.bank.assistant.intent.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import com.bank.assistant.catalog.LabeledExample;

/**
 * Trains the intent model from labelled examples: n-gram vocabulary, sentence embeddings
 * (computed once per text and reused across folds), the linear head (or several on the
 * same features, {@link EnsembleHead}), and the temperature fitted on out-of-fold logits.
 */
public final class IntentTrainer {

	private final ModelSettings settings;

	private final SentenceEncoder encoder;

	private final Map<String, float[]> embeddings = new ConcurrentHashMap<>();

	/** A trainer with these settings; {@code encoder} may be null for n-grams only. */
	public IntentTrainer(ModelSettings settings, SentenceEncoder encoder) {
		this.settings = settings;
		this.encoder = encoder;
	}

	/** The settings it trains with. */
	public ModelSettings settings() {
		return this.settings;
	}

	/**
	 * A model of these examples, with a calibrated temperature (and, for several heads,
	 * each head's own).
	 */
	public IntentModel train(List<LabeledExample> examples) {
		embed(examples);
		List<String> intents = examples.stream().map(LabeledExample::intent).distinct().sorted().toList();
		List<LinearHead.Spec> heads = LinearHead.specs(this.settings.head(), this.settings.cost());
		// Fitted beside the calibration folds, not after them: the same fits, both cores
		// busy to the end.
		CompletableFuture<Fitted> full = CompletableFuture.supplyAsync(() -> fit(examples, intents, heads));
		Temperatures temperatures = (this.settings.calibrationFolds() >= 2) ? calibrate(examples, intents, heads)
				: Temperatures.none(heads.size());
		Fitted fitted = full.join();
		IntentHead head = (heads.size() == 1) ? fitted.members().get(0)
				: new EnsembleHead(fitted.members(), temperatures.members());
		return new IntentModel(intents, fitted.featurizer().forServing(), head, temperatures.model(),
				version(examples));
	}

	private Fitted fit(List<LabeledExample> examples, List<String> intents, List<LinearHead.Spec> heads) {
		List<String> texts = examples.stream().map(LabeledExample::text).toList();
		Featurizer featurizer = Featurizer.fit(texts, this.settings, this.encoder, this.embeddings);
		List<SparseVector> vectors = texts.stream().map(featurizer::vector).toList();
		int[] labels = labels(examples, intents);
		List<LinearHead> members = heads.stream()
			.map((head) -> LinearHead.train(vectors, labels, intents.size(), featurizer.dimension(), head.kind(),
					head.cost()))
			.toList();
		return new Fitted(featurizer, members);
	}

	/**
	 * Temperatures fitted on out-of-fold logits: each head's own (several heads), then
	 * the model's, on the logits the model serves.
	 */
	private Temperatures calibrate(List<LabeledExample> examples, List<String> intents, List<LinearHead.Spec> heads) {
		int folds = this.settings.calibrationFolds();
		double[][][] logits = new double[heads.size()][examples.size()][];
		IntStream.range(0, folds).parallel().forEach((fold) -> {
			List<Integer> held = Folds.heldOut(examples, folds, fold);
			Fitted fitted = fit(Folds.without(examples, held), intents, heads);
			for (int i : held) {
				SparseVector vector = fitted.featurizer().vector(examples.get(i).text());
				for (int k = 0; k < heads.size(); k++) {
					logits[k][i] = fitted.members().get(k).logits(vector);
				}
			}
		});
		int[] labels = labels(examples, intents);
		if (heads.size() == 1) {
			return new Temperatures(new double[] { 1.0 }, Calibration.fitTemperature(logits[0], labels));
		}
		double[] members = new double[heads.size()];
		for (int k = 0; k < members.length; k++) {
			members[k] = Calibration.fitTemperature(logits[k], labels);
		}
		double[][] combined = new double[examples.size()][];
		for (int i = 0; i < combined.length; i++) {
			double[][] perHead = new double[heads.size()][];
			for (int k = 0; k < perHead.length; k++) {
				perHead[k] = logits[k][i];
			}
			combined[i] = EnsembleHead.combine(perHead, members);
		}
		return new Temperatures(members, Calibration.fitTemperature(combined, labels));
	}

	/** Each example's intent as its index in {@code intents}. */
	private static int[] labels(List<LabeledExample> examples, List<String> intents) {
		return examples.stream().mapToInt((example) -> intents.indexOf(example.intent())).toArray();
	}

	private void embed(List<LabeledExample> examples) {
		if (this.encoder != null) {
			examples.parallelStream()
				.map(LabeledExample::text)
				.distinct()
				.filter((text) -> !this.embeddings.containsKey(text))
				.forEach((text) -> this.embeddings.put(text, this.encoder.encode(text)));
		}
	}

	private String version(List<LabeledExample> examples) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((this.settings + "|" + ((this.encoder != null) ? this.encoder.name() : "none"))
				.getBytes(StandardCharsets.UTF_8));
			examples.stream()
				.map((example) -> example.intent() + "\t" + example.locale() + "\t" + example.text() + "\n")
				.sorted()
				.forEach((line) -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The n-grams' vocabulary and the heads trained on it. */
	private record Fitted(Featurizer featurizer, List<LinearHead> members) {

	}

	/**
	 * Each head's temperature (several heads) and the model's.
	 *
	 * @param members one per head, 1 for a single head (its logits are the model's)
	 * @param model the final temperature
	 */
	private record Temperatures(double[] members, double model) {

		static Temperatures none(int heads) {
			if (heads > 1) {
				throw new IllegalArgumentException(
						"Several heads need calibration folds (2 or more) to fit each head's temperature");
			}
			return new Temperatures(new double[] { 1.0 }, 1.0);
		}

	}

}
