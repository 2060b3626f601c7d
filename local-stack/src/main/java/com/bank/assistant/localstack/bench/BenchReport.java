package com.bank.assistant.localstack.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a benchmark run measured, as the lines {@code bin/assistant bench} prints and as
 * JSON.
 *
 * @param settings what the run did
 * @param machine where it ran
 * @param startedAt when it started
 * @param measured the turns sent after the warmup
 * @param warmupTurns turns sent during the warmup, not measured
 * @param warmupErrors turns that failed during the warmup
 */
public record BenchReport(BenchSettings settings, Machine machine, Instant startedAt, Latencies measured,
		long warmupTurns, long warmupErrors) {

	/**
	 * Latencies above a minute are recorded as a minute (the client gives up earlier).
	 */
	public static final long HIGHEST_MICROS = 60_000_000L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A histogram of turn latencies in microseconds, three significant digits. */
	public static Histogram newHistogram() {
		return new Histogram(HIGHEST_MICROS, 3);
	}

	/** The report as lines of text. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("Benchmark   " + this.startedAt.truncatedTo(ChronoUnit.SECONDS)
				+ (isBlank(this.settings.label()) ? "" : "  label: " + this.settings.label()));
		lines.add(format(
				"Settings    conversations %d, turns/conversation %d, warmup %d s, duration %d s, "
						+ "max turns %d, customer %s, gateway %s",
				this.settings.conversations(), this.settings.turnsPerConversation(), this.settings.warmup().toSeconds(),
				this.settings.duration().toSeconds(), this.settings.maxTurns(), this.settings.customer(),
				this.settings.gateway()));
		lines.add(
				format("Machine     %s | %s | %d cores", this.machine.java(), this.machine.os(), this.machine.cores()));
		lines.add(format("Warmup      %d turns, %d errors (not measured)", this.warmupTurns, this.warmupErrors));
		Latencies m = this.measured;
		lines.add(format("Turns       %d in %.1f s, %d errors", m.turns(), m.seconds(), m.errors()));
		lines.add(format("Throughput  %.1f turns/s", m.turnsPerSecond()));
		lines.add(format("Latency ms  p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f", m.p50(), m.p90(), m.p95(),
				m.p99(), m.max()));
		if (!m.errorKinds().isEmpty()) {
			lines.add("Errors      " + m.errorKinds()
				.entrySet()
				.stream()
				.map((kind) -> kind.getKey() + ": " + kind.getValue())
				.collect(Collectors.joining(", ")));
		}
		return lines;
	}

	/** The report as one JSON object. */
	public String json() {
		ObjectNode root = JSON.createObjectNode();
		root.put("startedAt", this.startedAt.toString());
		root.put("label", this.settings.label());
		ObjectNode settings = root.putObject("settings");
		settings.put("conversations", this.settings.conversations());
		settings.put("turnsPerConversation", this.settings.turnsPerConversation());
		settings.put("maxTurns", this.settings.maxTurns());
		settings.put("warmupSeconds", this.settings.warmup().toSeconds());
		settings.put("durationSeconds", this.settings.duration().toSeconds());
		settings.put("customer", this.settings.customer());
		settings.put("gateway", this.settings.gateway().toString());
		ObjectNode machine = root.putObject("machine");
		machine.put("java", this.machine.java());
		machine.put("os", this.machine.os());
		machine.put("cores", this.machine.cores());
		ObjectNode warmup = root.putObject("warmup");
		warmup.put("turns", this.warmupTurns);
		warmup.put("errors", this.warmupErrors);
		Latencies m = this.measured;
		root.put("turns", m.turns());
		root.put("errors", m.errors());
		ObjectNode kinds = root.putObject("errorKinds");
		m.errorKinds().forEach(kinds::put);
		root.put("seconds", round(m.seconds()));
		root.put("turnsPerSecond", round(m.turnsPerSecond()));
		ObjectNode latency = root.putObject("latencyMs");
		latency.put("p50", round(m.p50()));
		latency.put("p90", round(m.p90()));
		latency.put("p95", round(m.p95()));
		latency.put("p99", round(m.p99()));
		latency.put("max", round(m.max()));
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * The measured turns.
	 *
	 * @param turns turns that got a reply
	 * @param errors turns that failed
	 * @param errorKinds failures by kind
	 * @param seconds the measured period, until the last customer stopped
	 * @param turnsPerSecond replied turns per second of the measured period
	 * @param p50 median latency, milliseconds
	 * @param p90 90th percentile, milliseconds
	 * @param p95 95th percentile, milliseconds
	 * @param p99 99th percentile, milliseconds
	 * @param max the slowest turn, milliseconds
	 */
	public record Latencies(long turns, long errors, Map<String, Long> errorKinds, double seconds,
			double turnsPerSecond, double p50, double p90, double p95, double p99, double max) {

		/** Reads a histogram of microseconds. */
		public static Latencies of(Histogram micros, Map<String, Long> errorKinds, double seconds) {
			long turns = micros.getTotalCount();
			long errors = errorKinds.values().stream().mapToLong(Long::longValue).sum();
			double perSecond = (seconds > 0) ? turns / seconds : 0;
			return new Latencies(turns, errors, new TreeMap<>(errorKinds), seconds, perSecond, ms(micros, 50),
					ms(micros, 90), ms(micros, 95), ms(micros, 99), (turns > 0) ? micros.getMaxValue() / 1000.0 : 0);
		}

		private static double ms(Histogram micros, double percentile) {
			return (micros.getTotalCount() > 0) ? micros.getValueAtPercentile(percentile) / 1000.0 : 0;
		}

	}

}
