package com.bank.assistant.localstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One service running as its own JVM, its output in a log file. */
final class ServiceProcess {

	private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final ServiceSpec spec;

	private final Process process;

	private final Path logFile;

	private ServiceProcess(ServiceSpec spec, Process process, Path logFile) {
		this.spec = spec;
		this.process = process;
		this.logFile = logFile;
	}

	/** Starts the service's jar with the same Java that runs the stack. */
	static ServiceProcess start(ServiceSpec spec, Map<String, String> environment, List<String> jvmOptions,
			Path logDirectory) {
		if (!Files.isRegularFile(spec.jar())) {
			throw new IllegalStateException(spec.jar() + " is missing: build first with ./mvnw -DskipTests package");
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(spec.jar().toString());
		Path logFile = logDirectory.resolve(spec.name() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
		builder.environment().putAll(environment);
		builder.environment().putAll(spec.environment());
		builder.environment().put("PORT", Integer.toString(spec.port()));
		try {
			return new ServiceProcess(spec, builder.start(), logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + spec.name(), ex);
		}
	}

	/** Waits until the service answers on its ready path; fails early if it died. */
	void awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.spec.name() + " exited with " + this.process.exitValue() + "; see " + this.logFile);
			}
			if (answers()) {
				log.info("{} ready on port {}", this.spec.name(), this.spec.port());
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(this.spec.name() + " not ready after " + timeout + "; see " + this.logFile);
	}

	private boolean answers() throws InterruptedException {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.spec.readyUrl()))
				.timeout(Duration.ofSeconds(2))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Asks the service to shut down gracefully, then ends it if it does not. */
	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
			log.warn("{} did not stop in 15 s; killing it", this.spec.name());
			this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
	}

	/** Ends the service at once, as a crash would. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	ServiceSpec spec() {
		return this.spec;
	}

}
