package com.bank.assistant.policy.decisions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts turns and their escalation decisions, and the escalation rate. */
public final class DecisionTally {

	/** The step name of an escalation to a larger tier. */
	public static final String ESCALATION = "escalation";

	private final AtomicLong turns = new AtomicLong();

	private final AtomicLong considered = new AtomicLong();

	private final AtomicLong escalated = new AtomicLong();

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> results = new ConcurrentHashMap<>();

	/** Counts one turn and the decisions taken on it. */
	public void turn(List<SeenDecision> decisions) {
		this.turns.incrementAndGet();
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
				snapshot(this.outcomes), snapshot(this.reasons), snapshot(this.results));
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

	private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
		Map<String, Long> copy = new TreeMap<>();
		counters.forEach((key, value) -> copy.put(key, value.sum()));
		return copy;
	}

}
