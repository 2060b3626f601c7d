package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Heap in use after a collection, and the process's resident memory where Linux tells it.
 */
final class Memory {

	private Memory() {
	}

	static String describe() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		long heap = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
		return String.format(Locale.ROOT, "heap in use %d MB after GC, process RSS %s", heap, residentSet());
	}

	private static String residentSet() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
				.map((line) -> line.replaceAll("\\s+", " "))
				.reduce((a, b) -> a + ", " + b)
				.orElse("n/a");
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

}
