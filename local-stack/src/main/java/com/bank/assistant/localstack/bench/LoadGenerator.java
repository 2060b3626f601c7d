package com.bank.assistant.localstack.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

/**
 * Runs the simulated customers: each on its own thread of a fixed pool, opening a
 * conversation and sending turns that move no money, one after the other, until the time
 * or the turn budget is spent.
 */
public final class LoadGenerator {

	/**
	 * What the customers say, in turn: questions that are always valid and never move
	 * money.
	 */
	public static final List<String> MESSAGES = List.of("oi", "qual meu saldo?", "what's my balance?",
			"me mostra meu extrato");

	private static final long PAUSE_AFTER_ERROR_MILLIS = 100;

	private final BenchSettings settings;

	private final Supplier<TurnClient> clients;

	/**
	 * A generator for these settings; {@code clients} makes one client per simulated
	 * customer.
	 */
	public LoadGenerator(BenchSettings settings, Supplier<TurnClient> clients) {
		this.settings = settings;
		this.clients = clients;
	}

	/** Runs the warmup and the measured period, and reports the measured turns. */
	public BenchReport run() throws InterruptedException {
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		long measureFrom = start + this.settings.warmup().toNanos();
		long stopAt = measureFrom + this.settings.duration().toNanos();
		AtomicLong budget = new AtomicLong(this.settings.maxTurns());
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(this.settings.conversations(), (task) -> {
			Thread thread = new Thread(task, "bench-customer-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		List<Future<Customer>> customers = new ArrayList<>();
		try {
			for (int i = 0; i < this.settings.conversations(); i++) {
				Customer customer = new Customer(this.clients.get(), i, measureFrom, stopAt, budget);
				int turnsPerConversation = this.settings.turnsPerConversation();
				customers.add(pool.submit(() -> customer.call(turnsPerConversation)));
			}
			pool.shutdown();
			return report(startedAt, measureFrom, collect(customers, pool, stopAt));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<Customer> collect(List<Future<Customer>> customers, ExecutorService pool, long stopAt)
			throws InterruptedException {
		// A turn in flight at the end may take as long as the client's timeout.
		long graceNanos = TimeUnit.SECONDS.toNanos(60);
		if (!pool.awaitTermination(stopAt - System.nanoTime() + graceNanos, TimeUnit.NANOSECONDS)) {
			throw new IllegalStateException("The simulated customers did not stop in time");
		}
		List<Customer> done = new ArrayList<>();
		for (Future<Customer> customer : customers) {
			try {
				done.add(customer.get());
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A simulated customer failed", ex.getCause());
			}
		}
		return done;
	}

	private BenchReport report(Instant startedAt, long measureFrom, List<Customer> customers) {
		Histogram latencies = BenchReport.newHistogram();
		Map<String, Long> errors = new TreeMap<>();
		long warmupTurns = 0;
		long warmupErrors = 0;
		long lastStop = measureFrom;
		for (Customer customer : customers) {
			latencies.add(customer.latencies);
			customer.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
			warmupTurns += customer.warmupTurns;
			warmupErrors += customer.warmupErrors;
			lastStop = Math.max(lastStop, customer.stoppedAt);
		}
		return new BenchReport(this.settings, Machine.current(), startedAt,
				BenchReport.Latencies.of(latencies, errors, (lastStop - measureFrom) / 1e9), warmupTurns, warmupErrors);
	}

	/** One simulated customer: its own client, histogram and counters. */
	private static final class Customer {

		private final TurnClient client;

		private final int index;

		private final long measureFrom;

		private final long stopAt;

		private final AtomicLong budget;

		private final Histogram latencies = BenchReport.newHistogram();

		private final Map<String, Long> errors = new TreeMap<>();

		private long warmupTurns;

		private long warmupErrors;

		private long stoppedAt;

		Customer(TurnClient client, int index, long measureFrom, long stopAt, AtomicLong budget) {
			this.client = client;
			this.index = index;
			this.measureFrom = measureFrom;
			this.stopAt = stopAt;
			this.budget = budget;
		}

		Customer call(int turnsPerConversation) throws InterruptedException {
			String conversation = null;
			int turnsInConversation = 0;
			int next = this.index;
			while (System.nanoTime() < this.stopAt && this.budget.getAndDecrement() > 0) {
				long sent = System.nanoTime();
				try {
					if (conversation == null || turnsInConversation >= turnsPerConversation) {
						conversation = this.client.startConversation();
						turnsInConversation = 0;
						sent = System.nanoTime();
					}
					this.client.say(conversation, MESSAGES.get(next % MESSAGES.size()));
					long micros = (System.nanoTime() - sent) / 1_000;
					next++;
					turnsInConversation++;
					if (sent >= this.measureFrom) {
						this.latencies.recordValue(Math.min(micros, BenchReport.HIGHEST_MICROS));
					}
					else {
						this.warmupTurns++;
					}
				}
				catch (TurnFailure ex) {
					failed(sent, ex.kind());
				}
				catch (RuntimeException ex) {
					failed(sent, ex.getClass().getSimpleName());
				}
			}
			this.stoppedAt = System.nanoTime();
			return this;
		}

		private void failed(long sent, String kind) throws InterruptedException {
			if (sent >= this.measureFrom) {
				this.errors.merge(kind, 1L, Long::sum);
			}
			else {
				this.warmupErrors++;
			}
			Thread.sleep(PAUSE_AFTER_ERROR_MILLIS);
		}

	}

}
