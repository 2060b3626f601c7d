package com.bank.assistant.localstack.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.auth.client.PkceLogin;
import com.bank.assistant.localstack.bench.BenchJson;
import com.bank.assistant.localstack.bench.BenchMarkdown;
import com.bank.assistant.localstack.bench.BenchReport;
import com.bank.assistant.localstack.bench.BenchSettings;
import com.bank.assistant.localstack.bench.BenchText;
import com.bank.assistant.localstack.bench.Benchmark;
import com.bank.assistant.localstack.bench.Reply;
import com.bank.assistant.localstack.bench.StackProcesses;
import com.bank.assistant.localstack.bench.TurnClient;
import com.bank.assistant.localstack.bench.TurnFailure;

/**
 * {@code bin/assistant bench}: signs in, runs simulated customers against the running
 * stack through the gateway, prints the report, and with {@code --out PREFIX} writes it
 * as {@code PREFIX.md} and {@code PREFIX.json}.
 */
public final class BenchCommand {

	private static final Pattern STATUS = Pattern.compile("answered (\\d{3})");

	private final Arguments arguments;

	private final Path home;

	/** The command with its options, for the stack started from {@code home}. */
	public BenchCommand(Arguments arguments, Path home) {
		this.arguments = arguments;
		this.home = home;
	}

	/** Runs the benchmark and prints its report. */
	public void run() throws IOException, InterruptedException {
		Optional<StackProcesses> stack = StackProcesses.of(this.home);
		BenchSettings settings = settings(stack);
		Map<String, String> tokens = new LinkedHashMap<>();
		for (String customer : settings.customers()) {
			tokens.put(customer,
					PkceLogin.cli(settings.issuer()).accessToken(customer, this.arguments.get("password", customer)));
		}
		System.out.printf("Benchmarking %s: script %s, %d conversations, %d s warmup, %d s measured...%n",
				settings.gateway(), settings.script(), settings.conversations(), settings.warmup().toSeconds(),
				settings.duration().toSeconds());
		BenchReport report = new Benchmark(settings, stack).run(settings.newScript(this.arguments.get("recipient")),
				(customer) -> new GatewayTurns(new AssistantClient(settings.gateway(), tokens.get(customer))));
		BenchText.lines(report).forEach(System.out::println);
		String out = this.arguments.get("out");
		if (out != null) {
			String prefix = out.endsWith(".json") ? out.substring(0, out.length() - ".json".length()) : out;
			write(Path.of(prefix + ".json"), BenchJson.of(report));
			write(Path.of(prefix + ".md"), BenchMarkdown.of(report));
		}
	}

	private static void write(Path file, String content) throws IOException {
		Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8);
		System.out.println("Written     " + file.toAbsolutePath());
	}

	/**
	 * The options; Kafka where the running stack's services were told it is (the embedded
	 * broker may not be on its documented port).
	 */
	private BenchSettings settings(Optional<StackProcesses> stack) {
		String kafka = this.arguments.get("kafka",
				stack.flatMap((processes) -> processes.serviceEnvironment("KAFKA_BOOTSTRAP_SERVERS"))
					.orElse("localhost:19092"));
		return new BenchSettings(number("conversations", 1), this.arguments.get("script", "conversation"),
				(int) number("turns-per-conversation", 50), number("max-turns", 100_000),
				Duration.ofSeconds(number("duration", 20)), Duration.ofSeconds(number("warmup", 5)),
				Arrays.asList(this.arguments.get("customer", "demo").split(",")),
				URI.create(this.arguments.get("gateway", "http://localhost:8080")),
				URI.create(this.arguments.get("issuer", "http://localhost:9000")),
				URI.create(this.arguments.get("policy", "http://localhost:8084")), kafka,
				this.arguments.get("label", ""));
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
		public Reply say(String conversationId, String text) throws InterruptedException {
			try {
				return Reply.of(this.client.say(conversationId, text, null).path("reply"));
			}
			catch (IOException ex) {
				throw failure(ex);
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
