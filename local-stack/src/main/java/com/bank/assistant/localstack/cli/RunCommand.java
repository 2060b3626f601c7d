package com.bank.assistant.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import com.bank.assistant.localstack.stack.LocalStack;
import com.bank.assistant.localstack.stack.StackPorts;

/**
 * {@code bin/assistant run}: starts the whole stack on the documented ports, says where
 * to chat, and runs until it is stopped; a {@code ready} file in the run directory tells
 * {@code bin/assistant up} it is up.
 */
public final class RunCommand {

	private final Path home;

	private final Path runDirectory;

	/**
	 * The stack of the repository at {@code home}, with logs under {@code runDirectory}.
	 */
	public RunCommand(Path home, Path runDirectory) {
		this.home = home;
		this.runDirectory = runDirectory;
	}

	/** Starts, prints where to chat, and blocks until the JVM is asked to stop. */
	public void run() throws IOException, InterruptedException {
		Path ready = this.runDirectory.resolve("ready");
		Files.deleteIfExists(ready);
		Files.createDirectories(this.runDirectory);
		Files.writeString(this.runDirectory.resolve("assistant.pid"), ProcessHandle.current().pid() + "\n");
		long started = System.nanoTime();
		LocalStack stack = LocalStack.start(this.home, StackPorts.standard(), this.runDirectory.resolve("logs"));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "stack-shutdown"));
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		Files.writeString(ready, stack.gatewayUrl() + "\n");
		System.out.printf("%nThe assistant is ready (%d s). Gateway: %s  Authorization server: %s%n", seconds,
				stack.gatewayUrl(), stack.issuerUrl());
		System.out.println("Web:   " + stack.gatewayUrl() + "/    (sign in as demo / demo or bob / bob)");
		System.out.println("Chat:  bin/assistant chat            (demo customer: demo / demo)");
		System.out.println("       bin/assistant chat --say \"qual meu saldo?\"");
		// Spring Kafka's KRaft broker picks its own port (spring-kafka#2916): say which.
		System.out.println("Kafka: " + stack.infrastructure().kafkaBootstrapServers() + "    Redis: "
				+ stack.infrastructure().redisPort() + "    PostgreSQL: " + stack.infrastructure().postgresPort());
		System.out.println("Logs:  " + this.runDirectory.resolve("logs") + "    Stop: Ctrl-C or bin/assistant down");
		stopped.await();
	}

}
