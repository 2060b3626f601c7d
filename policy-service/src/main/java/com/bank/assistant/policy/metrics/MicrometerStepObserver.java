package com.bank.assistant.policy.metrics;

import java.time.Duration;

import com.bank.assistant.policy.TelemetrySettings;
import com.bank.assistant.policy.telemetry.StepObserver;
import com.bank.assistant.policy.telemetry.StepSample;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Records each sample on a latency timer with p50/p95/p99 over the same window as the
 * domain's, and on cost and late-turn counters.
 */
@Component
class MicrometerStepObserver implements StepObserver {

	static final String LATENCY = "assistant.model.step.latency";

	static final String COST = "assistant.model.step.cost";

	static final String LATE = "assistant.model.step.late.turns";

	private final MeterRegistry registry;

	private final TelemetrySettings settings;

	MicrometerStepObserver(MeterRegistry registry, TelemetrySettings settings) {
		this.registry = registry;
		this.settings = settings;
	}

	@Override
	public void recorded(StepSample sample) {
		Tags tags = Tags.of("step", sample.step(), "model", sample.model());
		latency(tags).record(Duration.ofNanos(sample.latencyMicros() * 1_000));
		// Counters are doubles: fine for a dashboard; the exact BRL total is in /steps.
		Counter.builder(COST).baseUnit("BRL").tags(tags).register(this.registry).increment(sample.cost().doubleValue());
		if (sample.late()) {
			Counter.builder(LATE).tags(tags).register(this.registry).increment();
		}
	}

	private Timer latency(Tags tags) {
		return Timer.builder(LATENCY)
			.description("How long a model step took")
			.tags(tags)
			.publishPercentiles(0.5, 0.95, 0.99)
			.distributionStatisticExpiry(this.settings.window())
			.distributionStatisticBufferLength(this.settings.buckets())
			.register(this.registry);
	}

}
