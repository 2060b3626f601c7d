package com.bank.assistant.slots.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The recipient name finder: an OpenNLP maximum-entropy sequence model trained once per
 * JVM, at first use, on the annotated examples in {@code recipient-names.txt} (each
 * example as written, in lower case and without accents). Finder instances are not
 * thread-safe, so each thread decodes with its own.
 */
final class RecipientModel {

	/** The training examples: one message a line, the recipient in square brackets. */
	static final String EXAMPLES = "recipient-names.txt";

	private static final LocalDate ANY_DAY = LocalDate.of(2026, 1, 5);

	private static final TokenNameFinderModel MODEL = train();

	private static final ThreadLocal<NameFinderME> FINDER = ThreadLocal.withInitial(() -> new NameFinderME(MODEL));

	private RecipientModel() {
	}

	/** The names found, as spans of model tokens with their probability. */
	static List<Found> find(ModelTokens tokens) {
		NameFinderME finder = FINDER.get();
		try {
			Span[] spans = finder.find(tokens.words());
			double[] probabilities = finder.probs(spans);
			List<Found> found = new ArrayList<>();
			for (int i = 0; i < spans.length; i++) {
				found.add(new Found(spans[i].getStart(), spans[i].getEnd(), probabilities[i]));
			}
			return found;
		}
		finally {
			finder.clearAdaptiveData();
		}
	}

	/**
	 * A name of model tokens {@code [start, end)}.
	 *
	 * @param start first token
	 * @param end token after the name
	 * @param probability the model's probability
	 */
	record Found(int start, int end, double probability) {
	}

	private static TokenNameFinderModel train() {
		List<NameSample> samples = new ArrayList<>();
		for (String line : lines()) {
			samples.add(sample(line));
			samples.add(sample(line.toLowerCase(java.util.Locale.ROOT)));
			samples.add(sample(Utterance.fold(line)));
		}
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
		parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
		try {
			return NameFinderME.train("pt", "recipient", ObjectStreamUtils.createObjectStream(samples), parameters,
					new TokenNameFinderFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One training sample: the example prepared exactly as a message is at run time. */
	static NameSample sample(String annotated) {
		StringBuilder text = new StringBuilder();
		List<int[]> names = new ArrayList<>();
		int nameStart = -1;
		for (char c : annotated.toCharArray()) {
			if (c == '[') {
				nameStart = text.length();
			}
			else if (c == ']') {
				names.add(new int[] { nameStart, text.length() });
			}
			else {
				text.append(c);
			}
		}
		Utterance utterance = new Utterance(text.toString(), "pt-BR", ANY_DAY);
		Map<String, SlotValue> ignored = new LinkedHashMap<>();
		SlotFilling.VALUE_EXTRACTORS.forEach((extractor) -> extractor.extract(utterance, ignored));
		ModelTokens tokens = ModelTokens.of(utterance);
		Span[] spans = names.stream()
			.map((name) -> new Span(tokens.indexAt(name[0]), tokens.indexAt(name[1] - 1) + 1, "recipient"))
			.toArray(Span[]::new);
		return new NameSample(tokens.words(), spans, true);
	}

	private static List<String> lines() {
		InputStream in = RecipientModel.class.getResourceAsStream(EXAMPLES);
		if (in == null) {
			throw new IllegalStateException("Missing training examples " + EXAMPLES);
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
