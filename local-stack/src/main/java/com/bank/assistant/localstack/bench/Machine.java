package com.bank.assistant.localstack.bench;

import java.lang.management.ManagementFactory;

/**
 * Where a benchmark ran: figures mean little without it.
 *
 * @param java the JVM's name and version
 * @param os the operating system's name, version and architecture
 * @param cores the processors this JVM sees
 * @param loadAverage the system's one-minute load average when the run started (other
 * processes share the cores), negative where unknown
 */
public record Machine(String java, String os, int cores, double loadAverage) {

	/** This JVM and machine. */
	public static Machine current() {
		String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
				+ System.getProperty("java.vm.vendor") + ")";
		String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch");
		return new Machine(java, os, Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
