package com.bank.assistant.localstack.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchReportTest {

	private static final BenchSettings SETTINGS = new BenchSettings(8, 50, 100_000, Duration.ofSeconds(20),
			Duration.ofSeconds(5), "demo", URI.create("http://localhost:8080"), URI.create("http://localhost:9000"),
			"tuned");

	private static final Machine MACHINE = new Machine("OpenJDK 17", "Linux amd64", 2);

	@Test
	void percentilesAreReadInMillisecondsAndPrintedWithOneDecimal() {
		Histogram micros = BenchReport.newHistogram();
		for (int ms = 1; ms <= 100; ms++) {
			micros.recordValue(ms * 1_000L);
		}
		BenchReport report = report(BenchReport.Latencies.of(micros, Map.of("HTTP 429", 2L), 10.0));

		assertThat(report.lines()).contains("Turns       100 in 10.0 s, 2 errors", "Throughput  10.0 turns/s",
				"Latency ms  p50 50.0  p90 90.0  p95 95.0  p99 99.0  max 100.0", "Errors      HTTP 429: 2",
				"Warmup      30 turns, 1 errors (not measured)", "Machine     OpenJDK 17 | Linux amd64 | 2 cores");
		assertThat(report.lines().get(0)).isEqualTo("Benchmark   2026-11-27T08:00:00Z  label: tuned");
	}

	@Test
	void jsonCarriesTheSameFigures() {
		Histogram micros = BenchReport.newHistogram();
		micros.recordValue(40_000);
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(report(BenchReport.Latencies.of(micros, Map.of(), 2.0)).json());

		assertThat(json.path("turns").asLong()).isEqualTo(1);
		assertThat(json.path("turnsPerSecond").asDouble()).isEqualTo(0.5);
		assertThat(json.path("latencyMs").path("p50").asDouble()).isBetween(40.0, 40.05);
		assertThat(json.path("settings").path("conversations").asInt()).isEqualTo(8);
		assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
		assertThat(json.path("label").asString()).isEqualTo("tuned");
	}

	@Test
	void anEmptyRunReportsZerosRatherThanFailing() {
		BenchReport report = report(BenchReport.Latencies.of(BenchReport.newHistogram(), Map.of(), 0));

		assertThat(report.lines()).contains("Throughput  0.0 turns/s",
				"Latency ms  p50 0.0  p90 0.0  p95 0.0  p99 0.0  max 0.0");
	}

	@Test
	void settingsRefuseAnotherMachineAndUnboundedRuns() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchSettings(1, 50, 10, Duration.ofSeconds(20),
				Duration.ZERO, "demo", URI.create("http://example.com"), URI.create("http://localhost:9000"), ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchSettings(1, 50, 10, Duration.ofSeconds(900),
				Duration.ZERO, "demo", URI.create("http://localhost:8080"), URI.create("http://localhost:9000"), ""));
	}

	private static BenchReport report(BenchReport.Latencies measured) {
		return new BenchReport(SETTINGS, MACHINE, Instant.parse("2026-11-27T08:00:00.123Z"), measured, 30, 1);
	}

}
