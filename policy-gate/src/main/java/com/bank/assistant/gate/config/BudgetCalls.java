package com.bank.assistant.gate.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two daemon threads that make the gate's early budget reservations, so that the
 * Redis round trip runs beside the turn's own work; closed with the context. Not an
 * {@code Executor} bean, which would replace Spring Boot's task executor.
 */
public final class BudgetCalls implements AutoCloseable {

	private final AtomicInteger count = new AtomicInteger();

	private final ExecutorService threads = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "policy-gate-budgets-" + this.count.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	ExecutorService threads() {
		return this.threads;
	}

	@Override
	public void close() {
		this.threads.shutdown();
	}

}
