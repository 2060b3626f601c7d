package com.bank.assistant.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The processes of the running stack and the CPU time each has used: the launcher (which
 * runs the Kafka broker), every service JVM (named after its jar), redis-server and
 * PostgreSQL, found from the launcher's pid file ({@code var/assistant.pid}) as its
 * descendants and, on Linux, the processes of its session ({@code bin/assistant up}
 * starts it with {@code setsid}) and PostgreSQL's server (which detaches itself). The
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

	/**
	 * A variable of the environment the launcher gave its services (on Linux, from
	 * {@code /proc/<pid>/environ} of a service JVM), e.g.
	 * {@code KAFKA_BOOTSTRAP_SERVERS}.
	 */
	public Optional<String> serviceEnvironment(String name) {
		return this.launcher.children()
			.filter((process) -> module(process).isPresent())
			.map((process) -> environ(process.pid()).get(name))
			.filter((value) -> value != null)
			.findFirst();
	}

	/** CPU time used so far, summed per component. */
	public Map<String, Duration> cpuTimes() {
		Map<String, ProcessHandle> processes = new LinkedHashMap<>();
		processes.put(Long.toString(this.launcher.pid()), this.launcher);
		Stream.concat(this.launcher.descendants(), Stream.concat(sameSession(), postgres()))
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

	/**
	 * PostgreSQL's server and its backends: {@code pg_ctl} detaches the server into a
	 * session of its own, so it is found by the port the services were given.
	 */
	private Stream<ProcessHandle> postgres() {
		Optional<String> port = serviceEnvironment("POSTGRES_PORT");
		if (port.isEmpty()) {
			return Stream.empty();
		}
		return ProcessHandle.allProcesses()
			.filter((process) -> command(process).startsWith("postgres"))
			.filter((process) -> String.join(" ", process.info().arguments().orElse(new String[0]))
				.contains("-p " + port.get()))
			.flatMap((server) -> Stream.concat(Stream.of(server), server.descendants()));
	}

	private static Map<String, String> environ(long pid) {
		Map<String, String> environment = new LinkedHashMap<>();
		try {
			for (String variable : Files.readString(Path.of("/proc", Long.toString(pid), "environ")).split("\0")) {
				int equals = variable.indexOf('=');
				if (equals > 0) {
					environment.put(variable.substring(0, equals), variable.substring(equals + 1));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux, or the process is gone: nothing to read.
		}
		return environment;
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
		Optional<String> module = module(process);
		if (module.isPresent()) {
			return module.get();
		}
		String command = command(process);
		if (command.startsWith("redis")) {
			return "redis";
		}
		return command.startsWith("postgres") ? "postgresql" : command;
	}

	/** The module whose executable jar the process runs, if it is a service JVM. */
	private static Optional<String> module(ProcessHandle process) {
		return Arrays.stream(process.info().arguments().orElse(new String[0]))
			.filter((argument) -> argument.endsWith("-exec.jar"))
			.map((jar) -> Path.of(jar).getFileName().toString().replace("-exec.jar", ""))
			.findFirst();
	}

	private static String command(ProcessHandle process) {
		return process.info().command().map((path) -> Path.of(path).getFileName().toString()).orElse("?");
	}

}
