package com.bank.assistant.localstack.bench;

import java.util.List;
import java.util.Locale;

/**
 * The targets for this 2-core machine with everything local (issue 9, part 3):
 * one conversation at a time, turn p50 at most 10 ms and p99 at most 25 ms; 50 concurrent
 * conversations with no think time, p50 at most 30 ms, p99 at most 100 ms, at least 250
 * turns/s, no errors. Other concurrencies have none.
 */
public final class Targets {

	private Targets() {
	}

	/** The targets for a run of {@code conversations}, each with the measured figure. */
	public static List<Target> of(int conversations, BenchReport.Latencies measured) {
		if (conversations == 1) {
			return List.of(atMost("p50 ms", 10, measured.p50()), atMost("p99 ms", 25, measured.p99()));
		}
		if (conversations == 50) {
			return List.of(atMost("p50 ms", 30, measured.p50()), atMost("p99 ms", 100, measured.p99()),
					new Target("turns/s", ">= 250", format(measured.turnsPerSecond()),
							measured.turnsPerSecond() >= 250),
					new Target("errors", "0", Long.toString(measured.errors()), measured.errors() == 0));
		}
		return List.of();
	}

	private static Target atMost(String figure, double limit, double value) {
		return new Target(figure, "<= " + format(limit), format(value), value <= limit);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * One target.
	 *
	 * @param figure what is measured
	 * @param target the bound
	 * @param measured the run's figure
	 * @param met whether the run meets it
	 */
	public record Target(String figure, String target, String measured, boolean met) {

		/** "met" or "NOT met". */
		public String verdict() {
			return this.met ? "met" : "NOT met";
		}

	}

}
