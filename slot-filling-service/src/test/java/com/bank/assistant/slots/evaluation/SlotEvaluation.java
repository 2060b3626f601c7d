package com.bank.assistant.slots.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.slots.extraction.Extraction;
import com.bank.assistant.slots.extraction.SlotFilling;

/**
 * Runs slot filling over an evaluation set: per-slot precision, recall and F1 (a value
 * counts only when it equals the expected normalized value), the error slots, and the
 * extraction time per message on one thread after a warm-up.
 */
final class SlotEvaluation {

	static final List<String> SLOTS = List.of("amount", "currency", "recipient", "pix_key", "date", "amount_error",
			"pix_key_error");

	private final SlotFilling filling;

	SlotEvaluation(SlotFilling filling) {
		this.filling = filling;
	}

	/** The scores of one set, and the mismatches for a reader to look at. */
	Result score(List<EvaluationCase> cases) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		SLOTS.forEach((slot) -> counts.put(slot, new int[3]));
		StringBuilder misses = new StringBuilder();
		for (EvaluationCase c : cases) {
			Map<String, String> actual = values(extract(c));
			for (String slot : SLOTS) {
				String expected = c.expected().get(slot);
				String got = actual.get(slot);
				int[] tpFpFn = counts.get(slot);
				if (expected != null && expected.equals(got)) {
					tpFpFn[0]++;
					continue;
				}
				tpFpFn[1] += (got != null) ? 1 : 0;
				tpFpFn[2] += (expected != null) ? 1 : 0;
				if (!Objects.equals(expected, got)) {
					misses.append(String.format(Locale.ROOT, "  %-13s expected %-14s got %-14s %s%n", slot, expected,
							got, c.text()));
				}
			}
		}
		return new Result(counts, misses.toString());
	}

	/**
	 * Extraction time per message in microseconds, on one thread after a warm-up: p50 and
	 * p99 of the wall-clock time, then of the thread's CPU time (what the message costs
	 * on one core, whatever else the machine runs).
	 */
	double[] timing(List<EvaluationCase> cases, int warmUpRounds, int rounds) {
		for (int i = 0; i < warmUpRounds; i++) {
			cases.forEach(this::extract);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] wall = new long[cases.size() * rounds];
		long[] cpu = new long[wall.length];
		int n = 0;
		for (int i = 0; i < rounds; i++) {
			for (EvaluationCase c : cases) {
				long cpuStarted = threads.getCurrentThreadCpuTime();
				long started = System.nanoTime();
				extract(c);
				wall[n] = System.nanoTime() - started;
				cpu[n++] = threads.getCurrentThreadCpuTime() - cpuStarted;
			}
		}
		return new double[] { percentile(wall, 0.50), percentile(wall, 0.99), percentile(cpu, 0.50),
				percentile(cpu, 0.99) };
	}

	private static double percentile(long[] nanos, double rank) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * rank))] / 1_000.0;
	}

	private Extraction extract(EvaluationCase c) {
		return this.filling.extract(new IntentDetected(c.text(), c.locale(), c.intent(), 0.9, List.of(), null),
				c.now());
	}

	private static Map<String, String> values(Extraction extracted) {
		Map<String, String> values = new LinkedHashMap<>();
		extracted.slots().forEach((name, value) -> values.put(name, value.value()));
		return values;
	}

	/**
	 * Per-slot counts.
	 *
	 * @param counts slot to true positives, false positives, false negatives
	 * @param misses one line per wrong or missing value
	 */
	record Result(Map<String, int[]> counts, String misses) {

		double f1(String slot) {
			int[] c = this.counts.get(slot);
			return (c[0] == 0) ? ((c[1] + c[2] == 0) ? 1.0 : 0.0) : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
		}

		String table() {
			StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "  %-13s %9s %9s %9s %5s %4s %4s%n",
					"slot", "precision", "recall", "F1", "TP", "FP", "FN"));
			this.counts
				.forEach((slot, c) -> table.append(String.format(Locale.ROOT, "  %-13s %9.3f %9.3f %9.3f %5d %4d %4d%n",
						slot, ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1(slot), c[0], c[1], c[2])));
			return table.toString();
		}

		private static double ratio(int part, int whole) {
			return (whole == 0) ? 1.0 : (double) part / whole;
		}

	}

}
