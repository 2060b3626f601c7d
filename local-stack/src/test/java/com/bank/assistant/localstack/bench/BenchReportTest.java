package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchReportTest {

	private static final Machine MACHINE = new Machine("OpenJDK 17", "Linux amd64", 2, 0.5);

	@Test
	void percentilesAreReadInMillisecondsAndPrintedWithOneDecimal() {
		List<String> lines = BenchText.lines(report(8, oneToHundredMillis(Map.of("HTTP 429", 2L))));

		assertThat(lines).contains("Turns       100 in 10.0 s, 2 errors, 7 conversations completed",
				"Throughput  10.0 turns/s", "Latency ms  p50 50.0  p90 90.0  p95 95.0  p99 99.0  max 100.0",
				"Errors      HTTP 429: 2", "Warmup      30 turns, 1 errors (not measured)",
				"Machine     OpenJDK 17 | Linux amd64 | 2 cores | load average 0.5 at the start");
		assertThat(lines.get(0)).isEqualTo("Benchmark   2026-11-27T08:00:00Z  label: tuned");
	}

	@Test
	void theTurnIsComparedWithFourBareHopsAndCpuAndModelCostAreSharedOverTheTurns() {
		List<String> lines = BenchText.lines(report(8, oneToHundredMillis(Map.of())));

		// p50 50 ms over 4 x 0.5 ms; p99 99 ms over 4 x 1 ms.
		assertThat(lines).contains("Floor       turn = 25.0 x (4 hops x hop) at p50, 24.8 x at p99",
				"CPU ms/turn gateway: 20.00, intent-service: 5.00; 0.25 of 2 cores busy",
				"Model cost  R$ 0.00000154 per turn, 1.54 model steps per turn (policy-service /steps, 130 turns)",
				"Gates       1 steps blocked, 0 escalations answered (policy-service /decisions/summary: "
						+ "intent-detection ALLOW:within_limits 99, intent-detection BLOCK:deadline 1)");
	}

	@Test
	void targetsAreThoseOfTheRunsConcurrencyAndSayWhetherTheyAreMet() {
		assertThat(BenchText.lines(report(1, oneToHundredMillis(Map.of()))))
			.contains("Target      1 conversation(s): p50 ms <= 10.0, measured 50.0: NOT met");
		assertThat(Targets.of(50, BenchReport.Latencies.of(millis(20, 90), Map.of(), 0.004)))
			.extracting(Targets.Target::verdict)
			.containsExactly("met", "met", "met", "met");
		assertThat(Targets.of(8, BenchReport.Latencies.of(millis(20), Map.of(), 1))).isEmpty();
	}

	@Test
	void jsonAndMarkdownCarryTheSameFigures() {
		BenchReport report = report(8, BenchReport.Latencies.of(millis(40), Map.of(), 2.0));
		JsonNode json = JsonMapper.builder().build().readTree(BenchJson.of(report));

		assertThat(json.path("turns").asLong()).isEqualTo(1);
		assertThat(json.path("turnsPerSecond").asDouble()).isEqualTo(0.5);
		assertThat(json.path("latencyMs").path("p50").asDouble()).isBetween(40.0, 40.05);
		assertThat(json.path("settings").path("conversations").asInt()).isEqualTo(8);
		assertThat(json.path("kafkaHop").path("hopsPerTurn").asInt()).isEqualTo(4);
		assertThat(json.path("cpuMillisPerTurn").path("gateway").asDouble()).isEqualTo(2000.0);
		assertThat(json.path("model").path("costPerTurnBrl").asString()).isEqualTo("0.00000645");
		assertThat(json.path("model").path("gate").path("blocked").asLong()).isEqualTo(1);
		assertThat(json.path("model").path("gate").path("decisions").path("intent-detection BLOCK:deadline").asLong())
			.isEqualTo(1);
		assertThat(json.path("money").path("ok").asBoolean()).isTrue();
		assertThat(BenchMarkdown.of(report)).contains("| gateway | 2000.00 |", "| turns/s | 0.5 | | |");
	}

	@Test
	void anEmptyRunReportsZerosRatherThanFailing() {
		BenchReport report = new BenchReport(settings(1), MACHINE, Instant.now(),
				load(BenchReport.Latencies.of(BenchReport.newHistogram(), Map.of(), 0)), null, null, Map.of(), null,
				List.of("Kafka hop not measured: refused"));

		assertThat(BenchText.lines(report)).contains("Throughput  0.0 turns/s",
				"Latency ms  p50 0.0  p90 0.0  p95 0.0  p99 0.0  max 0.0", "Model cost  not measured",
				"Note        Kafka hop not measured: refused");
	}

	@Test
	void settingsRefuseAnotherMachineUnknownScriptsAndUnboundedRuns() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings(1, "queries", "http://example.com", 20));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(1, "queries", "http://localhost:8080", 900));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(1, "chitchat", "http://localhost:8080", 20));
	}

	private static BenchReport report(int conversations, BenchReport.Latencies measured) {
		return new BenchReport(settings(conversations), MACHINE, Instant.parse("2026-11-27T08:00:00.123Z"),
				load(measured), latencies(500, 1_000), null,
				Map.of("gateway", Duration.ofSeconds(2), "intent-service", Duration.ofMillis(500)),
				new ModelSteps.Totals(200, new BigDecimal("0.000200"),
						Map.of("intent-detection ALLOW:within_limits", 99L, "intent-detection BLOCK:deadline", 1L), 0),
				List.of());
	}

	private static LoadGenerator.LoadResult load(BenchReport.Latencies measured) {
		return new LoadGenerator.LoadResult(measured, Map.of(), 30, 1, 7, MoneyCheck.of(Map.of()));
	}

	private static BenchReport.Latencies oneToHundredMillis(Map<String, Long> errors) {
		long[] values = new long[100];
		for (int i = 0; i < 100; i++) {
			values[i] = i + 1;
		}
		return BenchReport.Latencies.of(millis(values), errors, 10.0);
	}

	private static BenchReport.Latencies latencies(long... micros) {
		Histogram histogram = BenchReport.newHistogram();
		for (long value : micros) {
			histogram.recordValue(value);
		}
		return BenchReport.Latencies.of(histogram, Map.of(), 0);
	}

	private static Histogram millis(long... values) {
		Histogram histogram = BenchReport.newHistogram();
		for (long value : values) {
			histogram.recordValue(value * 1_000);
		}
		return histogram;
	}

	private static BenchSettings settings(int conversations) {
		return settings(conversations, "conversation", "http://localhost:8080", 20);
	}

	private static BenchSettings settings(int conversations, String script, String gateway, int seconds) {
		return new BenchSettings(conversations, script, 50, 100_000, Duration.ofSeconds(seconds), Duration.ofSeconds(5),
				List.of("demo"), URI.create(gateway), URI.create("http://localhost:9000"),
				URI.create("http://localhost:8084"), "localhost:19092", "tuned");
	}

}
