package com.bank.assistant.intent.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import com.bank.assistant.catalog.LabeledExample;

/**
 * Trains the intent model from labelled examples: n-gram vocabulary, sentence embeddings
 * (computed once per text and reused across folds), the linear head, and the temperature
 * fitted on out-of-fold logits.
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

	/** A model of these examples, with a calibrated temperature. */
	public IntentModel train(List<LabeledExample> examples) {
		embed(examples);
		List<String> intents = examples.stream().map(LabeledExample::intent).distinct().sorted().toList();
		double temperature = (this.settings.calibrationFolds() >= 2) ? calibrate(examples, intents) : 1.0;
		IntentModel model = fit(examples, intents, temperature, version(examples));
		return new IntentModel(model.intents(), model.featurizer().forServing(), model.head(), temperature,
				model.version());
	}

	/** The model without temperature fitting, for cross-validation folds. */
	IntentModel fitUncalibrated(List<LabeledExample> examples, List<String> intents) {
		embed(examples);
		return fit(examples, intents, 1.0, "fold");
	}

	private IntentModel fit(List<LabeledExample> examples, List<String> intents, double temperature, String version) {
		List<String> texts = examples.stream().map(LabeledExample::text).toList();
		Featurizer featurizer = Featurizer.fit(texts, this.settings, this.encoder, this.embeddings);
		List<SparseVector> vectors = texts.stream().map(featurizer::vector).toList();
		int[] labels = examples.stream().mapToInt((example) -> intents.indexOf(example.intent())).toArray();
		LinearHead head = LinearHead.train(vectors, labels, intents.size(), featurizer.dimension(),
				this.settings.head(), this.settings.cost());
		return new IntentModel(intents, featurizer, head, temperature, version);
	}

	private double calibrate(List<LabeledExample> examples, List<String> intents) {
		int folds = this.settings.calibrationFolds();
		double[][] logits = new double[examples.size()][];
		IntStream.range(0, folds).parallel().forEach((fold) -> {
			List<Integer> held = Folds.heldOut(examples, folds, fold);
			IntentModel model = fit(Folds.without(examples, held), intents, 1.0, "fold");
			held.forEach((i) -> logits[i] = model.logits(examples.get(i).text()));
		});
		int[] labels = examples.stream().mapToInt((example) -> intents.indexOf(example.intent())).toArray();
		return Calibration.fitTemperature(logits, labels);
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

}
