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

	private LocalStack(EmbeddedInfrastructure infrastructure, StackPorts ports) {
		this.infrastructure = infrastructure;
		this.ports = ports;
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

	private void startServices(Path home, Path logDirectory) throws InterruptedException {
		Map<String, String> environment = new LinkedHashMap<>(this.infrastructure.endpoints().environment());
		environment.put("AUTH_ISSUER_URI", issuerUrl());
		List<String> jvmOptions = jvmOptions();
		for (ServiceSpec spec : Topology.services(home, this.ports)) {
			this.services.add(ServiceProcess.start(spec, environment, jvmOptions, logDirectory));
		}
		for (ServiceProcess service : this.services) {
			service.awaitReady(READY_TIMEOUT);
		}
	}

	private static List<String> jvmOptions() {
		String configured = System.getenv("ASSISTANT_JVM_OPTS");
		String options = (configured != null) ? configured
				: "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k";
		return Arrays.stream(options.trim().split("\\s+")).filter((option) -> !option.isEmpty()).toList();
	}

	private static Path createDirectory(Path directory) {
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
