package com.bank.assistant.localstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.bank.assistant.localstack.bench.BenchText.format;

/** A report as a markdown page: the same figures as {@link BenchText}, in tables. */
public final class BenchMarkdown {

	private BenchMarkdown() {
	}

	/** The page. */
	public static String of(BenchReport report) {
		BenchReport.Latencies m = report.measured();
		List<String> md = new ArrayList<>();
		md.add("# Benchmark " + report.startedAt()
				+ (report.settings().label().isBlank() ? "" : " (" + report.settings().label() + ")"));
		md.add("");
		md.add("```");
		md.addAll(BenchText.lines(report));
		md.add("```");
		md.add("");
		md.add("| figure | measured | target | verdict |");
		md.add("|---|---|---|---|");
		md.add(format("| turns/s | %.1f | | |", m.turnsPerSecond()));
		md.add(format("| turn latency p50 / p95 / p99 / max ms | %.1f / %.1f / %.1f / %.1f | | |", m.p50(), m.p95(),
				m.p99(), m.max()));
		md.add(format("| errors | %d | | |", m.errors()));
		report.targets()
			.forEach((target) -> md.add(format("| %s | %s | %s | %s |", target.figure(), target.measured(),
					target.target(), target.verdict())));
		md.add("");
		md.add("| step | turns | p50 ms | p95 ms | p99 ms | max ms |");
		md.add("|---|---|---|---|---|---|");
		report.load()
			.steps()
			.forEach((step, s) -> md.add(format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", step, s.turns(), s.p50(),
					s.p95(), s.p99(), s.max())));
		md.add("");
		md.add("| component | CPU ms per turn |");
		md.add("|---|---|");
		cpuHeaviestFirst(report.cpuMillisPerTurn())
			.forEach((entry) -> md.add(format("| %s | %.2f |", entry.getKey(), entry.getValue())));
		md.add("");
		return String.join("\n", md);
	}

	private static List<Map.Entry<String, Double>> cpuHeaviestFirst(Map<String, Double> perTurn) {
		List<Map.Entry<String, Double>> entries = new ArrayList<>(perTurn.entrySet());
		entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		return entries;
	}

}
