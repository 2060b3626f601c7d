package com.bank.assistant.intent.detection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;

/**
 * Runs the intent model on a message and reports what it found and what the step cost:
 * the CPU time it took times the configured price.
 */
public final class IntentDetection {

	private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final IntentClassifier classifier;

	private final BigDecimal pricePerCpuSecond;

	/** Detection with this model, CPU time priced at {@code pricePerCpuSecond} BRL. */
	public IntentDetection(IntentClassifier classifier, BigDecimal pricePerCpuSecond) {
		this.classifier = classifier;
		this.pricePerCpuSecond = pricePerCpuSecond;
	}

	/** The name of the model, as events and the policy catalog know it. */
	public String modelName() {
		return this.classifier.name();
	}

	/** The intent of the message. */
	public IntentDetected detect(MessageReceived message) {
		long started = System.nanoTime();
		long cpuStarted = cpuNanos();
		Classification result = this.classifier.classify(message.text(), message.locale());
		long cpu = Math.max(cpuNanos() - cpuStarted, 0);
		long micros = (System.nanoTime() - started) / 1_000;
		ModelUsage usage = new ModelUsage(this.classifier.name(), this.classifier.version(), micros, cost(cpu));
		return new IntentDetected(message.text(), result.locale(), result.best().intent(), result.best().confidence(),
				result.alternatives(), usage);
	}

	private BigDecimal cost(long cpuNanos) {
		return this.pricePerCpuSecond.multiply(BigDecimal.valueOf(cpuNanos))
			.divide(NANOS_PER_SECOND, 12, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	private static long cpuNanos() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
	}

}
