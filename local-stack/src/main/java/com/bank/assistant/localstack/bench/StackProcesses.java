package com.bank.assistant.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The processes of the running stack and the CPU time each has used: the launcher (which
 * runs the Kafka broker), every service JVM (named after its jar), redis-server and
 * PostgreSQL, found from the launcher's pid file ({@code var/assistant.pid}) as its
 * descendants and, on Linux, the processes of its session ({@code bin/assistant up}
 * starts it with {@code setsid}; PostgreSQL's server detaches from its parent). The
 * benchmark's own JVM is counted as {@code bench client}.
 */
public final class StackProcesses {

	/** The launcher's own JVM: the embedded Kafka broker runs in it. */
	public static final String LAUNCHER = "launcher (Kafka broker)";

	/** This JVM: the simulated customers and the probes. */
	public static final String CLIENT = "bench client";

	private final ProcessHandle launcher;

	private StackProcesses(ProcessHandle launcher) {
		this.launcher = launcher;
	}

	/** The stack started from {@code home}, or empty when its launcher is not running. */
	public static Optional<StackProcesses> of(Path home) {
		Path pidFile = home.resolve("var").resolve("assistant.pid");
		try {
			long pid = Long.parseLong(Files.readString(pidFile).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(StackProcesses::new);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** CPU time used so far, summed per component. */
	public Map<String, Duration> cpuTimes() {
		Map<String, ProcessHandle> processes = new LinkedHashMap<>();
		processes.put(Long.toString(this.launcher.pid()), this.launcher);
		Stream.concat(this.launcher.descendants(), sameSession())
			.forEach((process) -> processes.putIfAbsent(Long.toString(process.pid()), process));
		Map<String, Duration> times = new TreeMap<>();
		for (ProcessHandle process : processes.values()) {
			process.info().totalCpuDuration().ifPresent((cpu) -> times.merge(component(process), cpu, Duration::plus));
		}
		ProcessHandle.current().info().totalCpuDuration().ifPresent((cpu) -> times.put(CLIENT, cpu));
		return times;
	}

	private Stream<ProcessHandle> sameSession() {
		return ProcessHandle.allProcesses()
			.filter((process) -> process.pid() != this.launcher.pid())
			.filter((process) -> session(process.pid()) == this.launcher.pid());
	}

	/** The session id from {@code /proc/<pid>/stat}, or -1 where there is none. */
	private static long session(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// After the command name in parentheses: state, ppid, pgrp, session.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[3]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private String component(ProcessHandle process) {
		if (process.pid() == this.launcher.pid()) {
			return LAUNCHER;
		}
		List<String> arguments = Arrays.asList(process.info().arguments().orElse(new String[0]));
		for (String argument : arguments) {
			if (argument.endsWith("-exec.jar")) {
				String jar = Path.of(argument).getFileName().toString();
				return jar.substring(0, jar.length() - "-exec.jar".length());
			}
		}
		String command = process.info().command().map((path) -> Path.of(path).getFileName().toString()).orElse("?");
		if (command.startsWith("redis")) {
			return "redis";
		}
		return command.startsWith("postgres") ? "postgresql" : command;
	}

}
