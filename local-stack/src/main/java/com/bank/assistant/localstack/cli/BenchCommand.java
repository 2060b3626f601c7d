package com.bank.assistant.localstack.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.auth.client.PkceLogin;
import com.bank.assistant.localstack.bench.BenchReport;
import com.bank.assistant.localstack.bench.BenchSettings;
import com.bank.assistant.localstack.bench.LoadGenerator;
import com.bank.assistant.localstack.bench.TurnClient;
import com.bank.assistant.localstack.bench.TurnFailure;
import tools.jackson.databind.JsonNode;

/**
 * {@code bin/assistant bench}: signs in, runs simulated customers against the running
 * stack through the gateway, and prints turns, errors, throughput and latency
 * percentiles; {@code --out FILE} writes the same as JSON.
 */
public final class BenchCommand {

	private static final Pattern STATUS = Pattern.compile("answered (\\d{3})");

	private final Arguments arguments;

	/** The command with its options. */
	public BenchCommand(Arguments arguments) {
		this.arguments = arguments;
	}

	/** Runs the benchmark and prints its report. */
	public void run() throws IOException, InterruptedException {
		BenchSettings settings = settings();
		String token = PkceLogin.cli(settings.issuer())
			.accessToken(settings.customer(), this.arguments.get("password", settings.customer()));
		System.out.printf("Benchmarking %s: %d conversations, %d s warmup, %d s measured...%n", settings.gateway(),
				settings.conversations(), settings.warmup().toSeconds(), settings.duration().toSeconds());
		BenchReport report = new LoadGenerator(settings,
				() -> new GatewayTurns(new AssistantClient(settings.gateway(), token)))
			.run();
		report.lines().forEach(System.out::println);
		String out = this.arguments.get("out");
		if (out != null) {
			Files.writeString(Path.of(out), report.json() + System.lineSeparator(), StandardCharsets.UTF_8);
			System.out.println("JSON        " + Path.of(out).toAbsolutePath());
		}
	}

	private BenchSettings settings() {
		String customer = this.arguments.get("customer", "demo");
		return new BenchSettings(number("conversations", 1), (int) number("turns-per-conversation", 50),
				number("max-turns", 100_000), Duration.ofSeconds(number("duration", 20)),
				Duration.ofSeconds(number("warmup", 5)), customer,
				URI.create(this.arguments.get("gateway", "http://localhost:8080")),
				URI.create(this.arguments.get("issuer", "http://localhost:9000")), this.arguments.get("label", ""));
	}

	private int number(String option, int fallback) {
		return (int) number(option, (long) fallback);
	}

	private long number(String option, long fallback) {
		String value = this.arguments.get(option);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + option + " takes a whole number, not " + value);
		}
	}

	/**
	 * The gateway's chat API as a benchmark sees it: a turn either has a reply or fails.
	 */
	private static final class GatewayTurns implements TurnClient {

		private final AssistantClient client;

		GatewayTurns(AssistantClient client) {
			this.client = client;
		}

		@Override
		public String startConversation() throws InterruptedException {
			try {
				return this.client.startConversation();
			}
			catch (IOException ex) {
				throw failure(ex);
			}
		}

		@Override
		public void say(String conversationId, String text) throws InterruptedException {
			JsonNode answer;
			try {
				answer = this.client.say(conversationId, text, null);
			}
			catch (IOException ex) {
				throw failure(ex);
			}
			if (answer.path("reply").path("text").asString("").isEmpty()) {
				throw new TurnFailure("no reply text", answer.toString(), null);
			}
		}

		private static TurnFailure failure(IOException ex) {
			Matcher status = STATUS.matcher(String.valueOf(ex.getMessage()));
			String kind;
			if (status.find()) {
				kind = "HTTP " + status.group(1);
			}
			else if (ex instanceof HttpTimeoutException) {
				kind = "timeout";
			}
			else if (ex instanceof ConnectException) {
				kind = "connection refused";
			}
			else {
				kind = ex.getClass().getSimpleName();
			}
			return new TurnFailure(kind, ex.getMessage(), ex);
		}

	}

}
