package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/**
 * What a benchmark run measured; {@link BenchText}, {@link BenchMarkdown} and
 * {@link BenchJson} write it out.
 *
 * @param settings what the run did
 * @param machine where it ran
 * @param startedAt when it started
 * @param load what the simulated customers measured
 * @param hopIdle the bare Kafka hop before the load, one record in flight (null if not
 * measured)
 * @param hopLoaded the same, paced, while the turns were measured (null if not measured)
 * @param cpu CPU time per component of the stack during the measured period (empty if its
 * processes were not found)
 * @param model model steps and their cost over the whole run, warmup included (null if
 * policy-service could not be read)
 * @param notes what could not be measured, and why
 */
public record BenchReport(BenchSettings settings, Machine machine, Instant startedAt, LoadGenerator.LoadResult load,
		Latencies hopIdle, Latencies hopLoaded, Map<String, Duration> cpu, ModelSteps.Totals model,
		List<String> notes) {

	/**
	 * Kafka hops on a turn's path, as the root README's flow shows: gateway to
	 * intent-service ({@code assistant.chat.messages}), to slot-filling-service
	 * ({@code assistant.nlu.intents}), to transfer-service ({@code assistant.nlu.slots}),
	 * back to the gateway ({@code assistant.dialog.replies}).
	 */
	public static final int HOPS_PER_TURN = 4;

	/**
	 * Latencies above a minute are recorded as a minute (the client gives up earlier).
	 */
	public static final long HIGHEST_MICROS = 60_000_000L;

	/** A histogram of latencies in microseconds, three significant digits. */
	public static Histogram newHistogram() {
		return new Histogram(HIGHEST_MICROS, 3);
	}

	/** The measured turns. */
	public Latencies measured() {
		return this.load.measured();
	}

	/** Turn p50 over (hops per turn x the idle hop's p50); 0 when not measured. */
	public double floorMultipleP50() {
		return (this.hopIdle == null || this.hopIdle.p50() <= 0) ? 0
				: measured().p50() / (HOPS_PER_TURN * this.hopIdle.p50());
	}

	/** Turn p99 over (hops per turn x the idle hop's p99); 0 when not measured. */
	public double floorMultipleP99() {
		return (this.hopIdle == null || this.hopIdle.p99() <= 0) ? 0
				: measured().p99() / (HOPS_PER_TURN * this.hopIdle.p99());
	}

	/** CPU milliseconds per measured turn, per component, by name. */
	public Map<String, Double> cpuMillisPerTurn() {
		Map<String, Double> perTurn = new TreeMap<>();
		long turns = measured().turns();
		if (turns > 0) {
			this.cpu.forEach((component, time) -> perTurn.put(component, time.toNanos() / 1e6 / turns));
		}
		return perTurn;
	}

	/** CPU seconds of all components over the measured period's seconds. */
	public double coresBusy() {
		double seconds = this.cpu.values().stream().mapToLong(Duration::toNanos).sum() / 1e9;
		return (measured().seconds() > 0) ? seconds / measured().seconds() : 0;
	}

	/** Model cost per replied turn, BRL, three significant digits; null if unknown. */
	public BigDecimal modelCostPerTurn() {
		long turns = this.load.repliedTurns();
		return (this.model == null || turns == 0) ? null
				: this.model.cost().divide(BigDecimal.valueOf(turns), new MathContext(3));
	}

	/** Model steps per replied turn; 0 if unknown. */
	public double modelStepsPerTurn() {
		long turns = this.load.repliedTurns();
		return (this.model == null || turns == 0) ? 0 : (double) this.model.steps() / turns;
	}

	/** The targets for this run's concurrency, met or not. */
	public List<Targets.Target> targets() {
		return Targets.of(this.settings.conversations(), measured());
	}

	/**
	 * Latencies of a set of turns (or hops).
	 *
	 * @param turns turns that got a reply
	 * @param errors turns or conversations that failed
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
