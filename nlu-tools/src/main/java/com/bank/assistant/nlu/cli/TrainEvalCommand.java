package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.bank.assistant.catalog.LabeledExample;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.intent.model.Evaluation;
import com.bank.assistant.intent.model.IntentModel;
import com.bank.assistant.intent.model.IntentTrainer;

/**
 * {@code bin/nlu train-eval}: trains the production architecture on a CSV, predicts every
 * test row one at a time on one thread, and prints accuracy, calibration, training time,
 * latency and memory.
 */
final class TrainEvalCommand {

	/**
	 * Training rows predicted before the timed test rows (then the training garbage is
	 * collected), so that latency is that of a running service, not of the JIT compiler.
	 */
	private static final int WARM_UP = 300;

	private TrainEvalCommand() {
	}

	static void run(Options options) throws IOException {
		List<LabeledExample> train = Csv.read(Path.of(options.require("train")));
		List<LabeledExample> test = Csv.read(Path.of(options.require("test")));
		IntentTrainer trainer = Settings.trainer(options);
		long started = System.nanoTime();
		IntentModel model = trainer.train(train);
		double trainingSeconds = (System.nanoTime() - started) / 1e9;
		train.stream().limit(WARM_UP).forEach((example) -> model.ranked(example.text(), 1));
		System.gc();
		String[] predicted = new String[test.size()];
		double[] confidence = new double[test.size()];
		long[] latency = new long[test.size()];
		long[] cpu = new long[test.size()];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		try (PrintWriter out = new PrintWriter(
				Files.newBufferedWriter(Path.of(options.require("out")), StandardCharsets.UTF_8))) {
			out.println("text,predicted,confidence");
			for (int i = 0; i < test.size(); i++) {
				long begin = System.nanoTime();
				long beginCpu = threads.getCurrentThreadCpuTime();
				IntentScore best = model.ranked(test.get(i).text(), 1).get(0);
				cpu[i] = threads.getCurrentThreadCpuTime() - beginCpu;
				latency[i] = System.nanoTime() - begin;
				predicted[i] = best.intent();
				confidence[i] = best.confidence();
				out.println(Csv.field(test.get(i).text()) + "," + best.intent() + ","
						+ String.format(Locale.ROOT, "%.4f", best.confidence()));
			}
		}
		Evaluation evaluation = new Evaluation(test.stream().map(LabeledExample::intent).toList(), List.of(predicted),
				confidence);
		print(trainer, model, train.size(), evaluation, trainingSeconds, latency, cpu);
	}

	private static void print(IntentTrainer trainer, IntentModel model, int trainRows, Evaluation evaluation,
			double trainingSeconds, long[] latency, long[] cpu) {
		System.out.printf(Locale.ROOT, "model            %s (version %s, %d intents, temperature %.3f)%n",
				trainer.settings(), model.version(), model.intents().size(), model.temperature());
		System.out.printf(Locale.ROOT, "training         %d rows in %.1f s on %d cores%n", trainRows, trainingSeconds,
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "accuracy         %.2f %% (%d test rows)%n", evaluation.accuracy() * 100,
				evaluation.gold().size());
		System.out.printf(Locale.ROOT, "ece              %.4f (15 bins)%n", evaluation.expectedCalibrationError());
		System.out.printf(Locale.ROOT, "latency          %s per utterance (wall clock)%n", percentiles(latency));
		System.out.printf(Locale.ROOT, "cpu time         %s per utterance (this thread, ONNX included)%n",
				percentiles(cpu));
		System.out.printf(Locale.ROOT, "memory           %s%n", Memory.describe());
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms", percentile(sorted, 0.50),
				percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
	}

	private static double percentile(long[] sortedNanos, double quantile) {
		int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
	}

}
