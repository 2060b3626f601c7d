package com.bank.assistant.policy.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** The live figures of every model step seen, per step and model. */
public final class StepTelemetry {

	private final Map<StepKey, StepStatistics> steps = new ConcurrentHashMap<>();

	private final Duration window;

	private final int slices;

	private final Clock clock;

	private final List<StepObserver> observers;

	/** Telemetry whose percentiles look back {@code window}, cut into {@code slices}. */
	public StepTelemetry(Duration window, int slices, Clock clock, List<StepObserver> observers) {
		this.window = window;
		this.slices = slices;
		this.clock = clock;
		this.observers = List.copyOf(observers);
	}

	/** Counts one sample and tells the observers. */
	public void record(StepSample sample) {
		this.steps.computeIfAbsent(sample.key(), this::newStatistics).record(sample);
		this.observers.forEach((observer) -> observer.recorded(sample));
	}

	/** The figures of every step seen, ordered by step and model. */
	public List<StepFigures> figures() {
		return this.steps.values()
			.stream()
			.map(StepStatistics::figures)
			.sorted(Comparator.comparing(StepFigures::step).thenComparing(StepFigures::model))
			.toList();
	}

	/**
	 * The slowest p95 of {@code model} over the steps it ran in the window, in
	 * milliseconds, rounded up; empty while none was seen in the window.
	 */
	public OptionalLong p95Millis(String model) {
		return figures().stream()
			.filter((figures) -> figures.model().equals(model) && figures.latencyMicros().count() > 0)
			.mapToLong((figures) -> (figures.latencyMicros().p95() + 999) / 1000)
			.max();
	}

	private StepStatistics newStatistics(StepKey key) {
		return new StepStatistics(key, new SlidingLatencyWindow(this.window, this.slices, this.clock));
	}

}
