package com.bank.assistant.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.bank.assistant.auth.client.PkceLogin;
import com.bank.assistant.localstack.cli.AssistantClient;
import com.bank.assistant.localstack.stack.LocalStack;
import com.bank.assistant.localstack.stack.StackPorts;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * Gives test classes one whole stack per test JVM: started on first use and checked with
 * one greeting, stopped when the test run ends (JUnit closes what its root store holds).
 * Starting it takes a minute; every end-to-end class shares it.
 */
public class SharedLocalStack implements ParameterResolver {

	private static final Logger log = LoggerFactory.getLogger(SharedLocalStack.class);

	private static final Duration FIRST_TURN = Duration.ofSeconds(90);

	private static final Path FAILED_START = Path.of("target", "stack-logs-failed-start");

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(SharedLocalStack.class))
			.computeIfAbsent(LocalStack.class, (key) -> new Started(), Started.class)
			.stack();
	}

	/** The services of this test run's stack that have ended, if it was started. */
	static List<String> ended(ExtensionContext context) {
		Started started = context.getRoot()
			.getStore(ExtensionContext.Namespace.create(SharedLocalStack.class))
			.get(LocalStack.class, Started.class);
		return (started != null) ? started.stack().ended() : List.of();
	}

	/** The started stack, closed with the root store. */
	private static final class Started implements AutoCloseable {

		private final LocalStack stack;

		Started() {
			Path home = Path.of("..").toAbsolutePath().normalize();
			try {
				this.stack = startAnswering(home);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while starting the stack", ex);
			}
		}

		/**
		 * A stack that has answered its first greeting. A start that failed is said at
		 * ERROR, its logs kept in {@code target/stack-logs-failed-start}, and tried once
		 * more on other ports: one bad start fails no test, two do.
		 */
		private static LocalStack startAnswering(Path home) throws InterruptedException {
			try {
				return answering(LocalStack.start(home, StackPorts.free(), StackLogDigest.LOGS));
			}
			catch (IllegalStateException ex) {
				log.error("The stack's first start failed (logs kept in {}); starting it again: {}", FAILED_START,
						ex.getMessage());
				keepLogs();
				return answering(LocalStack.start(home, StackPorts.free(), StackLogDigest.LOGS));
			}
		}

		private static void keepLogs() {
			try {
				FileSystemUtils.deleteRecursively(FAILED_START);
				Files.move(StackLogDigest.LOGS, FAILED_START);
			}
			catch (IOException ex) {
				log.warn("The failed start's logs could not be kept: {}", ex.getMessage());
			}
		}

		/**
		 * Every service answering its health check is not yet a stack that answers: one
		 * greeting must come back through Kafka and every service before any test runs,
		 * or the tests fail at once with what the services logged.
		 */
		private static LocalStack answering(LocalStack stack) throws InterruptedException {
			long started = System.nanoTime();
			Exception last = null;
			try {
				String token = PkceLogin.cli(URI.create(stack.issuerUrl())).accessToken("demo", "demo");
				AssistantClient demo = new AssistantClient(URI.create(stack.gatewayUrl()), token);
				String conversation = demo.startConversation();
				while (System.nanoTime() - started < FIRST_TURN.toNanos() && stack.ended().isEmpty()) {
					try {
						demo.say(conversation, "oi", null);
						log.info("The stack answered its first turn after {} ms",
								(System.nanoTime() - started) / 1_000_000);
						return stack;
					}
					catch (IOException ex) {
						last = ex;
						Thread.sleep(1_000);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				last = ex;
			}
			List<String> ended = stack.ended();
			stack.close();
			throw new IllegalStateException("The stack started but answered no greeting within " + FIRST_TURN
					+ "; ended services: " + ended + "; last: " + last + "\n" + StackLogDigest.of(StackLogDigest.LOGS),
					last);
		}

		LocalStack stack() {
			return this.stack;
		}

		@Override
		public void close() {
			this.stack.close();
		}

	}

}
