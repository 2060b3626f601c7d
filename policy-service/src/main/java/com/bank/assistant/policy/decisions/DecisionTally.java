package com.bank.assistant.policy.decisions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts turns and their escalation decisions, the escalation rate, and every step's
 * decisions by outcome and reason.
 */
public final class DecisionTally {

	/** The step name of an escalation to a larger tier. */
	public static final String ESCALATION = "escalation";

	private final AtomicLong turns = new AtomicLong();

	private final AtomicLong considered = new AtomicLong();

	private final AtomicLong escalated = new AtomicLong();

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> results = new ConcurrentHashMap<>();

	private final Map<String, Map<String, LongAdder>> steps = new ConcurrentHashMap<>();

	/** Counts one turn and the decisions taken on it. */
	public void turn(List<SeenDecision> decisions) {
		this.turns.incrementAndGet();
		decisions.forEach((d) -> increment(
				this.steps.computeIfAbsent(String.valueOf(d.step()), (step) -> new ConcurrentHashMap<>()),
				d.outcome() + ":" + d.reason()));
		List<SeenDecision> escalations = decisions.stream().filter((d) -> ESCALATION.equals(d.step())).toList();
		if (!escalations.isEmpty()) {
			this.considered.incrementAndGet();
		}
		escalations.forEach(this::count);
		if (escalations.stream().anyMatch((d) -> "answered".equals(d.result()))) {
			this.escalated.incrementAndGet();
		}
	}

	/** The figures so far. */
	public DecisionSummary summary() {
		long seen = this.turns.get();
		long answered = this.escalated.get();
		return new DecisionSummary(seen, this.considered.get(), answered, (seen == 0) ? 0 : (double) answered / seen,
				snapshot(this.outcomes), snapshot(this.reasons), snapshot(this.results), bySteps());
	}

	private void count(SeenDecision decision) {
		increment(this.outcomes, decision.outcome());
		increment(this.reasons, decision.reason());
		if (decision.result() != null) {
			increment(this.results, decision.result());
		}
	}

	private static void increment(Map<String, LongAdder> counters, String key) {
		counters.computeIfAbsent(String.valueOf(key), (k) -> new LongAdder()).increment();
	}

	private Map<String, Map<String, Long>> bySteps() {
		Map<String, Map<String, Long>> copy = new TreeMap<>();
		this.steps.forEach((step, counters) -> copy.put(step, snapshot(counters)));
		return copy;
	}

	private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
		Map<String, Long> copy = new TreeMap<>();
		counters.forEach((key, value) -> copy.put(key, value.sum()));
		return copy;
	}

}
