package com.bank.assistant.localstack.bench;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A report as the lines {@code bin/assistant bench} prints. */
public final class BenchText {

	private BenchText() {
	}

	/** The report's lines. */
	public static List<String> lines(BenchReport report) {
		BenchSettings settings = report.settings();
		BenchReport.Latencies m = report.measured();
		List<String> lines = new ArrayList<>();
		lines.add("Benchmark   " + report.startedAt().truncatedTo(ChronoUnit.SECONDS)
				+ (settings.label().isBlank() ? "" : "  label: " + settings.label()));
		lines.add(format(
				"Settings    script %s, conversations %d, warmup %d s, duration %d s, max turns %d, customers %s, "
						+ "gateway %s",
				settings.script(), settings.conversations(), settings.warmup().toSeconds(),
				settings.duration().toSeconds(), settings.maxTurns(), String.join(",", settings.customers()),
				settings.gateway()));
		lines.add(format("Machine     %s | %s | %d cores | load average %.1f at the start", report.machine().java(),
				report.machine().os(), report.machine().cores(), report.machine().loadAverage()));
		lines.add(format("Warmup      %d turns, %d errors (not measured)", report.load().warmupTurns(),
				report.load().warmupErrors()));
		lines.add(format("Turns       %d in %.1f s, %d errors, %d conversations completed", m.turns(), m.seconds(),
				m.errors(), report.load().conversationsCompleted()));
		lines.add(format("Throughput  %.1f turns/s", m.turnsPerSecond()));
		lines.add(format("Latency ms  p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f", m.p50(), m.p90(), m.p95(),
				m.p99(), m.max()));
		if (!m.errorKinds().isEmpty()) {
			lines.add("Errors      " + joined(m.errorKinds(), (count) -> Long.toString(count)));
		}
		report.load()
			.steps()
			.forEach((step, s) -> lines.add(format("  %-9s %6d turns, p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", step,
					s.turns(), s.p50(), s.p95(), s.p99(), s.max())));
		lines.addAll(kafka(report));
		lines.add(model(report));
		lines.add(gates(report));
		if (!report.cpu().isEmpty()) {
			lines.add("CPU ms/turn " + joined(report.cpuMillisPerTurn(), (ms) -> format("%.2f", ms))
					+ format("; %.2f of %d cores busy", report.coresBusy(), report.machine().cores()));
		}
		lines.add(money(report.load().money()));
		report.targets()
			.forEach((target) -> lines.add(format("Target      %d conversation(s): %s %s, measured %s: %s",
					settings.conversations(), target.figure(), target.target(), target.measured(), target.verdict())));
		report.notes().forEach((note) -> lines.add("Note        " + note));
		return lines;
	}

	private static List<String> kafka(BenchReport report) {
		List<String> lines = new ArrayList<>();
		if (report.hopIdle() != null) {
			lines.add(hop("Kafka hop   idle, one in flight:", report.hopIdle()));
			lines.add(format("Floor       turn = %.1f x (%d hops x hop) at p50, %.1f x at p99",
					report.floorMultipleP50(), BenchReport.HOPS_PER_TURN, report.floorMultipleP99()));
		}
		if (report.hopLoaded() != null) {
			lines.add(hop("Kafka hop   during the measured turns, paced:", report.hopLoaded()));
		}
		return lines;
	}

	private static String hop(String title, BenchReport.Latencies hop) {
		return format("%s p50 %.2f  p99 %.2f  max %.2f ms (%d records)", title, hop.p50(), hop.p99(), hop.max(),
				hop.turns());
	}

	private static String model(BenchReport report) {
		if (report.modelCostPerTurn() == null) {
			return "Model cost  not measured";
		}
		return format("Model cost  R$ %s per turn, %.2f model steps per turn (policy-service /steps, %d turns)",
				report.modelCostPerTurn().toPlainString(), report.modelStepsPerTurn(), report.load().repliedTurns());
	}

	/** What the policy gates decided on the run's model steps. */
	private static String gates(BenchReport report) {
		if (report.model() == null) {
			return "Gates       not measured";
		}
		List<String> decided = new ArrayList<>();
		report.model().decisions().forEach((decision, count) -> decided.add(decision + " " + count));
		return format("Gates       %d steps blocked, %d escalations answered (policy-service /decisions/summary: %s)",
				report.model().blocked(), report.model().escalated(), String.join(", ", decided));
	}

	private static String money(MoneyCheck money) {
		if (money.customers().isEmpty()) {
			return "Money       no transfer in this run";
		}
		return "Money       " + (money.ok() ? "ok" : "WRONG") + ": "
				+ money.customers()
					.stream()
					.map((c) -> format("%s %d transfers, R$ %s moved, %d distinct balances after from %s down to %s",
							c.customer(), c.transfers(), c.moved().toPlainString(), c.distinctBalances(),
							c.highestBalanceAfter(), c.lowestBalanceAfter()))
					.collect(Collectors.joining("; "));
	}

	private static <T> String joined(Map<String, T> values, java.util.function.Function<T, String> format) {
		return values.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + format.apply(entry.getValue()))
			.collect(Collectors.joining(", "));
	}

	static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

}
