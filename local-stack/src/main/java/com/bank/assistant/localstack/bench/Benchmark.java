package com.bank.assistant.localstack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

/**
 * One benchmark run in order: the bare Kafka hop on the idle stack, the model-step
 * totals, the load (at the start of its measured period the stack's CPU times are read
 * and a paced hop probe starts), then the CPU times and model-step totals again.
 */
public final class Benchmark {

	private static final int HOP_WARMUP = 200;

	private static final int HOP_SAMPLES = 2_000;

	private static final long LOADED_HOP_PACE_MILLIS = 20;

	private final BenchSettings settings;

	private final Optional<StackProcesses> processes;

	private final List<String> notes = new ArrayList<>();

	private volatile Map<String, Duration> cpuAtStart = Map.of();

	private volatile boolean measuring;

	/** A run with these settings of the stack whose processes are {@code processes}. */
	public Benchmark(BenchSettings settings, Optional<StackProcesses> processes) {
		this.settings = settings;
		this.processes = processes;
		if (processes.isEmpty()) {
			this.notes.add("CPU per component not measured: no running launcher in var/assistant.pid");
		}
	}

	/** Runs everything and reports; {@code clients} makes a customer's client. */
	public BenchReport run(Script script, Function<String, TurnClient> clients) throws InterruptedException {
		Instant startedAt = Instant.now();
		Machine machine = Machine.current();
		BenchReport.Latencies hopIdle = idleHop();
		ModelSteps model = new ModelSteps(this.settings.policy());
		ModelSteps.Totals before = modelTotals(model::read);
		ExecutorService probe = Executors.newSingleThreadExecutor();
		try {
			AtomicReference<Future<Histogram>> loadedHop = new AtomicReference<>();
			LoadGenerator.LoadResult load = new LoadGenerator(this.settings, script, clients).run(() -> {
				this.cpuAtStart = cpuTimes();
				this.measuring = true;
				loadedHop.set(probe.submit(this::loadedHop));
			});
			this.measuring = false;
			Map<String, Duration> cpu = minus(cpuTimes(), this.cpuAtStart);
			ModelSteps.Totals after = modelTotals(model::settled);
			ModelSteps.Totals spent = (before != null && after != null) ? after.minus(before) : null;
			return new BenchReport(this.settings, machine, startedAt, load, hopIdle,
					loaded(loadedHop, load.measured().seconds()), cpu, spent, List.copyOf(this.notes));
		}
		finally {
			probe.shutdownNow();
		}
	}

	private BenchReport.Latencies idleHop() throws InterruptedException {
		try (KafkaHop hop = KafkaHop.open(this.settings.kafka())) {
			hop.measure(HOP_WARMUP, 0, () -> true);
			return BenchReport.Latencies.of(hop.measure(HOP_SAMPLES, 0, () -> true), Map.of(), 0);
		}
		catch (RuntimeException ex) {
			this.notes.add("Kafka hop not measured: " + ex.getMessage());
			return null;
		}
	}

	private Histogram loadedHop() throws InterruptedException {
		try (KafkaHop hop = KafkaHop.open(this.settings.kafka())) {
			return hop.measure(Integer.MAX_VALUE, LOADED_HOP_PACE_MILLIS, () -> this.measuring);
		}
	}

	private BenchReport.Latencies loaded(AtomicReference<Future<Histogram>> probe, double seconds)
			throws InterruptedException {
		try {
			return (probe.get() == null) ? null
					: BenchReport.Latencies.of(probe.get().get(15, TimeUnit.SECONDS), Map.of(), seconds);
		}
		catch (ExecutionException | TimeoutException ex) {
			this.notes.add("Kafka hop during the run not measured: " + ex);
			return null;
		}
	}

	private Map<String, Duration> cpuTimes() {
		return this.processes.map(StackProcesses::cpuTimes).orElse(Map.of());
	}

	private static Map<String, Duration> minus(Map<String, Duration> after, Map<String, Duration> before) {
		Map<String, Duration> spent = new TreeMap<>();
		after.forEach(
				(component, time) -> spent.put(component, time.minus(before.getOrDefault(component, Duration.ZERO))));
		return spent;
	}

	private ModelSteps.Totals modelTotals(Reading reading) throws InterruptedException {
		try {
			return reading.read();
		}
		catch (IllegalStateException ex) {
			this.notes.add("Model cost not measured: " + ex.getMessage());
			return null;
		}
	}

	/** A read of policy-service's totals. */
	@FunctionalInterface
	private interface Reading {

		ModelSteps.Totals read() throws InterruptedException;

	}

}
