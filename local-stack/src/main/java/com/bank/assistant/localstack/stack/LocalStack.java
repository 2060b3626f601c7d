package com.bank.assistant.localstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.assistant.infra.EmbeddedInfrastructure;
import com.bank.assistant.infra.InfrastructureEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole assistant on this machine: embedded Kafka, Redis and PostgreSQL in this JVM,
 * and every service as a child JVM started from its module's executable jar.
 */
public final class LocalStack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(150);

	private final EmbeddedInfrastructure infrastructure;

	private final StackPorts ports;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final List<String> jvmOptions = jvmOptions();

	private Path logDirectory;

	private LocalStack(EmbeddedInfrastructure infrastructure, StackPorts ports) {
		this.infrastructure = infrastructure;
		this.ports = ports;
		this.environment.putAll(infrastructure.endpoints().environment());
		this.environment.put("AUTH_ISSUER_URI", issuerUrl());
	}

	/**
	 * Starts everything and returns once every service answers.
	 * @param home the repository root, where each module's jar is
	 * @param ports the ports to use
	 * @param logDirectory where each service's log goes
	 */
	public static LocalStack start(Path home, StackPorts ports, Path logDirectory) throws InterruptedException {
		long started = System.nanoTime();
		LocalStack stack = new LocalStack(EmbeddedInfrastructure.start(ports.infrastructure()), ports);
		try {
			Topology.createTopics(stack.infrastructure.endpoints());
			stack.startServices(home, createDirectory(logDirectory));
		}
		catch (RuntimeException | InterruptedException ex) {
			stack.close();
			throw ex;
		}
		log.info("Stack ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		return stack;
	}

	private void startServices(Path home, Path logs) throws InterruptedException {
		this.logDirectory = logs;
		for (ServiceSpec spec : Topology.services(home, this.ports)) {
			this.services.add(ServiceProcess.start(spec, this.environment, this.jvmOptions, logs));
		}
		for (ServiceProcess service : this.services) {
			service.awaitReady(READY_TIMEOUT);
		}
	}

	/** Ends a service at once, as a crash or an evicted pod would; its log is kept. */
	public void kill(String name) throws InterruptedException {
		service(name).kill();
	}

	/** Starts a killed service again and waits until it is ready. */
	public void restart(String name) throws InterruptedException {
		ServiceProcess old = service(name);
		ServiceProcess started = ServiceProcess.start(old.spec(), this.environment, this.jvmOptions, this.logDirectory);
		this.services.set(this.services.indexOf(old), started);
		started.awaitReady(READY_TIMEOUT);
	}

	private ServiceProcess service(String name) {
		return this.services.stream()
			.filter((service) -> service.spec().name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service " + name));
	}

	private static List<String> jvmOptions() {
		String configured = System.getenv("ASSISTANT_JVM_OPTS");
		String options = (configured != null) ? configured
				: "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k";
		return Arrays.stream(options.trim().split("\\s+")).filter((option) -> !option.isEmpty()).toList();
	}

	/**
	 * The log directory, emptied of the previous run's logs (a restarted service appends
	 * to its own).
	 */
	private static Path createDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
			try (var logs = Files.newDirectoryStream(directory, "*.log")) {
				for (Path log : logs) {
					Files.delete(log);
				}
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The services whose process has ended, in start order: none while all is well. */
	public List<String> ended() {
		return this.services.stream()
			.filter((service) -> !service.isAlive())
			.map((service) -> service.spec().name())
			.toList();
	}

	/** Where clients reach the assistant. */
	public String gatewayUrl() {
		return "http://localhost:" + this.ports.gateway();
	}

	/** The authorization server's issuer URL. */
	public String issuerUrl() {
		return "http://localhost:" + this.ports.authServer();
	}

	/** Where the infrastructure answers. */
	public InfrastructureEndpoints infrastructure() {
		return this.infrastructure.endpoints();
	}

	/** Stops every service, gracefully, then the infrastructure. */
	@Override
	public void close() {
		try {
			List<ServiceProcess> newestFirst = new ArrayList<>(this.services);
			Collections.reverse(newestFirst);
			for (ServiceProcess service : newestFirst) {
				service.stop();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.infrastructure.close();
		}
	}

}
