package com.bank.assistant.localstack.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one benchmark run does. The warmup comes first and is not measured; the measured
 * duration follows it.
 *
 * @param conversations concurrent simulated customers, each with one conversation at a
 * time
 * @param script {@code conversation} (whole conversations with a transfer) or
 * {@code queries} (questions that move no money)
 * @param turnsPerConversation with {@code queries}: turns sent in a conversation before
 * the customer opens the next
 * @param maxTurns turns after which the run stops even if time is left (warmup included)
 * @param duration how long turns are measured, after the warmup
 * @param warmup how long turns are sent but not measured
 * @param customers who signs in; simulated customers take them in turn
 * @param gateway the gateway's URL (this machine only)
 * @param issuer the authorization server's URL (this machine only)
 * @param policy policy-service's URL, for the model steps' cost (this machine only)
 * @param kafka the stack's Kafka bootstrap servers, for the bare hop (this machine only)
 * @param label a free-text name of the stack's settings, copied into the report
 */
public record BenchSettings(int conversations, String script, int turnsPerConversation, long maxTurns,
		Duration duration, Duration warmup, List<String> customers, URI gateway, URI issuer, URI policy, String kafka,
		String label) {

	/** The longest run accepted: the access token lives 15 minutes. */
	public static final Duration MAX_RUN = Duration.ofMinutes(10);

	/** The scripts {@code --script} accepts. */
	public static final Set<String> SCRIPTS = Set.of("conversation", "queries");

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	/** Rejects settings that would not stop soon or would leave this machine. */
	public BenchSettings {
		require(conversations >= 1 && conversations <= 256, "--conversations must be between 1 and 256");
		require(SCRIPTS.contains(script), "--script must be conversation or queries");
		require(turnsPerConversation >= 1, "--turns-per-conversation must be at least 1");
		require(maxTurns >= 1, "--max-turns must be at least 1");
		require(!duration.isNegative() && !duration.isZero(), "--duration must be at least 1 second");
		require(!warmup.isNegative(), "--warmup must not be negative");
		require(duration.plus(warmup).compareTo(MAX_RUN) <= 0, "--warmup plus --duration must not exceed 600 s");
		require(!customers.isEmpty() && customers.stream().noneMatch(String::isBlank),
				"--customer must name at least one customer");
		customers = List.copyOf(customers);
		requireLocal(gateway, "--gateway");
		requireLocal(issuer, "--issuer");
		requireLocal(policy, "--policy");
		requireLocal(URI.create("kafka://" + kafka), "--kafka");
	}

	/** The script the simulated customers follow. */
	public Script newScript(String recipient) {
		return "queries".equals(this.script) ? new QueriesScript(this.turnsPerConversation)
				: new TransferScript(recipient);
	}

	private static void requireLocal(URI uri, String option) {
		require(uri != null && uri.getHost() != null && LOCAL_HOSTS.contains(uri.getHost().toLowerCase()),
				option + " must be on this machine (localhost)");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
