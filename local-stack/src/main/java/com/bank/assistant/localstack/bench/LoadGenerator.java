package com.bank.assistant.localstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

/**
 * Runs the simulated customers, each on its own thread of a fixed pool, following the
 * script until the time or the turn budget is spent.
 */
public final class LoadGenerator {

	private final BenchSettings settings;

	private final Script script;

	private final Function<String, TurnClient> clients;

	/**
	 * A generator for these settings; {@code clients} makes one client per simulated
	 * customer, given the customer's name.
	 */
	public LoadGenerator(BenchSettings settings, Script script, Function<String, TurnClient> clients) {
		this.settings = settings;
		this.script = script;
		this.clients = clients;
	}

	/**
	 * Runs the warmup and the measured period; {@code atMeasureStart} runs when the
	 * measured period begins (to read counters), on another thread.
	 */
	public LoadResult run(Runnable atMeasureStart) throws InterruptedException {
		long measureFrom = System.nanoTime() + this.settings.warmup().toNanos();
		SimulatedCustomer.Window window = new SimulatedCustomer.Window(measureFrom,
				measureFrom + this.settings.duration().toNanos(), new AtomicLong(this.settings.maxTurns()));
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		timer.schedule(atMeasureStart, this.settings.warmup().toNanos(), TimeUnit.NANOSECONDS);
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(this.settings.conversations(), (task) -> {
			Thread thread = new Thread(task, "bench-customer-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<SimulatedCustomer>> customers = new ArrayList<>();
			List<String> names = this.settings.customers();
			for (int i = 0; i < this.settings.conversations(); i++) {
				String name = names.get(i % names.size());
				SimulatedCustomer customer = new SimulatedCustomer(this.clients.apply(name), name, this.script, i,
						window);
				customers.add(pool.submit(customer::call));
			}
			pool.shutdown();
			return result(measureFrom, collect(customers, pool, window.stopAt()));
		}
		finally {
			pool.shutdownNow();
			timer.shutdownNow();
		}
	}

	private List<SimulatedCustomer> collect(List<Future<SimulatedCustomer>> customers, ExecutorService pool,
			long stopAt) throws InterruptedException {
		// A turn in flight at the end may take as long as the client's timeout.
		long graceNanos = TimeUnit.SECONDS.toNanos(60);
		if (!pool.awaitTermination(stopAt - System.nanoTime() + graceNanos, TimeUnit.NANOSECONDS)) {
			throw new IllegalStateException("The simulated customers did not stop in time");
		}
		List<SimulatedCustomer> done = new ArrayList<>();
		for (Future<SimulatedCustomer> customer : customers) {
			try {
				done.add(customer.get());
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A simulated customer failed", ex.getCause());
			}
		}
		return done;
	}

	private static LoadResult result(long measureFrom, List<SimulatedCustomer> customers) {
		Histogram latencies = BenchReport.newHistogram();
		Map<String, Histogram> steps = new TreeMap<>();
		Map<String, Long> errors = new TreeMap<>();
		Map<String, List<Reply.Receipt>> receipts = new TreeMap<>();
		long warmupTurns = 0;
		long warmupErrors = 0;
		long completed = 0;
		long lastStop = measureFrom;
		for (SimulatedCustomer customer : customers) {
			latencies.add(customer.latencies);
			customer.steps.forEach(
					(step, histogram) -> steps.computeIfAbsent(step, (s) -> BenchReport.newHistogram()).add(histogram));
			customer.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
			receipts.computeIfAbsent(customer.customer(), (c) -> new ArrayList<>()).addAll(customer.receipts);
			warmupTurns += customer.warmupTurns;
			warmupErrors += customer.warmupErrors;
			completed += customer.conversationsCompleted;
			lastStop = Math.max(lastStop, customer.stoppedAt);
		}
		double seconds = (lastStop - measureFrom) / 1e9;
		Map<String, BenchReport.Latencies> perStep = new TreeMap<>();
		steps.forEach((step, histogram) -> perStep.put(step, BenchReport.Latencies.of(histogram, Map.of(), seconds)));
		return new LoadResult(BenchReport.Latencies.of(latencies, errors, seconds), perStep, warmupTurns, warmupErrors,
				completed, MoneyCheck.of(receipts));
	}

	/**
	 * What the customers measured.
	 *
	 * @param measured the turns sent after the warmup
	 * @param steps the same per step of the script
	 * @param warmupTurns turns replied during the warmup, not measured
	 * @param warmupErrors failures during the warmup
	 * @param conversationsCompleted conversations that ended as the script meant, in the
	 * measured period
	 * @param money whether the run's transfers add up
	 */
	public record LoadResult(BenchReport.Latencies measured, Map<String, BenchReport.Latencies> steps, long warmupTurns,
			long warmupErrors, long conversationsCompleted, MoneyCheck money) {

		/** Turns replied in the whole run, warmup included. */
		public long repliedTurns() {
			return this.warmupTurns + this.measured.turns();
		}

	}

}
