package com.bank.assistant.localstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * One simulated customer: holds one conversation at a time, sends each message once the
 * previous reply came back (closed loop), and keeps its own histograms and counters.
 */
final class SimulatedCustomer {

	private static final long PAUSE_AFTER_ERROR_MILLIS = 100;

	private final TurnClient client;

	private final String customer;

	private final Script script;

	private final int index;

	private final Window window;

	final Histogram latencies = BenchReport.newHistogram();

	final Map<String, Histogram> steps = new TreeMap<>();

	final Map<String, Long> errors = new TreeMap<>();

	final List<Reply.Receipt> receipts = new ArrayList<>();

	long warmupTurns;

	long warmupErrors;

	long conversationsCompleted;

	long stoppedAt;

	SimulatedCustomer(TurnClient client, String customer, Script script, int index, Window window) {
		this.client = client;
		this.customer = customer;
		this.script = script;
		this.index = index;
		this.window = window;
	}

	String customer() {
		return this.customer;
	}

	SimulatedCustomer call() throws InterruptedException {
		Script.Conversation conversation = null;
		String id = null;
		Step step = null;
		int started = 0;
		while (this.window.goOn()) {
			long sent = System.nanoTime();
			try {
				if (conversation == null) {
					conversation = this.script.start(this.customer, this.index + started++);
					id = this.client.startConversation();
					step = conversation.opening();
					sent = System.nanoTime();
				}
				Reply reply = this.client.say(id, step.text());
				replied(step.name(), sent);
				if (reply.receipt() != null) {
					this.receipts.add(reply.receipt());
				}
				step = conversation.next(reply);
				if (!step.continues()) {
					ended(step, sent);
					conversation = null;
				}
			}
			catch (TurnFailure ex) {
				failed(sent, ex.kind());
				conversation = null;
			}
			catch (RuntimeException ex) {
				failed(sent, ex.getClass().getSimpleName());
				conversation = null;
			}
		}
		this.stoppedAt = System.nanoTime();
		return this;
	}

	private void replied(String stepName, long sent) {
		long micros = Math.min((System.nanoTime() - sent) / 1_000, BenchReport.HIGHEST_MICROS);
		if (this.window.measured(sent)) {
			this.latencies.recordValue(micros);
			this.steps.computeIfAbsent(stepName, (name) -> BenchReport.newHistogram()).recordValue(micros);
		}
		else {
			this.warmupTurns++;
		}
	}

	private void ended(Step step, long sent) {
		if (step.failure() != null) {
			error(sent, "dialog: " + step.failure());
		}
		else if (this.window.measured(sent)) {
			this.conversationsCompleted++;
		}
	}

	private void failed(long sent, String kind) throws InterruptedException {
		error(sent, kind);
		Thread.sleep(PAUSE_AFTER_ERROR_MILLIS);
	}

	private void error(long sent, String kind) {
		if (this.window.measured(sent)) {
			this.errors.merge(kind, 1L, Long::sum);
		}
		else {
			this.warmupErrors++;
		}
	}

	/**
	 * When turns are measured and when the run stops.
	 *
	 * @param measureFrom turns sent from here on are measured ({@link System#nanoTime()})
	 * @param stopAt no turn is sent after this
	 * @param budget turns left in the whole run
	 */
	record Window(long measureFrom, long stopAt, AtomicLong budget) {

		boolean goOn() {
			return System.nanoTime() < this.stopAt && this.budget.getAndDecrement() > 0;
		}

		boolean measured(long sent) {
			return sent >= this.measureFrom;
		}

	}

}
