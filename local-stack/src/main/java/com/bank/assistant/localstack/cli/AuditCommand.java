package com.bank.assistant.localstack.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.bank.assistant.auth.client.ClientCredentials;
import com.bank.assistant.auth.client.PkceLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/assistant audit}: reads the audit trail through the gateway. {@code verify}
 * runs compliance's checks and prints them (exit code 1 on violations), {@code trail}
 * prints a conversation's trail, {@code export} the trail as JSON lines. Signs in as the
 * {@code assistant-ops} client (client credentials), or with {@code --user} as a
 * compliance officer (PKCE, scopes {@code audit.read audit.pii}).
 */
public final class AuditCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String action;

	private final Arguments arguments;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The command: {@code args[from]} is the action, the rest its options. */
	public AuditCommand(String[] args, int from) {
		this.action = (args.length > from) ? args[from] : "help";
		this.arguments = new Arguments(args, from + 1);
	}

	/** Runs the action; the process's exit code. */
	public int run() throws IOException, InterruptedException {
		if ("verify".equals(this.action)) {
			return verify();
		}
		if ("trail".equals(this.action)) {
			String conversation = this.arguments.get("conversation");
			if (conversation == null) {
				throw new IllegalArgumentException("Usage: bin/assistant audit trail --conversation ID [--reveal]");
			}
			System.out.println(get("/api/audit/conversations/" + encode(conversation) + "/trail" + reveal("?")));
			return 0;
		}
		if ("export".equals(this.action)) {
			System.out.print(get("/api/audit/export" + query()));
			return 0;
		}
		throw new IllegalArgumentException("Usage: bin/assistant audit verify|trail|export [--gateway URL] "
				+ "[--issuer URL] [--user compliance [--password P]] [--secret OPS_SECRET] [--json]");
	}

	private int verify() throws IOException, InterruptedException {
		String body = get("/api/audit/checks");
		JsonNode report = JSON.readTree(body);
		if (this.arguments.get("json") != null) {
			System.out.println(body);
		}
		else {
			AuditReportPrinter.print(report);
		}
		return report.path("ok").asBoolean(false) ? 0 : 1;
	}

	private String get(String path) throws IOException, InterruptedException {
		URI gateway = URI.create(this.arguments.get("gateway", "http://localhost:8080"));
		HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", "Bearer " + accessToken())
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("The gateway answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private String accessToken() throws IOException, InterruptedException {
		URI issuer = URI.create(this.arguments.get("issuer", "http://localhost:9000"));
		String user = this.arguments.get("user");
		if (user != null) {
			return new PkceLogin(issuer, PkceLogin.CLI_CLIENT_ID, PkceLogin.CLI_REDIRECT_URI,
					"openid audit.read audit.pii")
				.accessToken(user, this.arguments.get("password", user));
		}
		String secret = this.arguments.get("secret", System.getenv().getOrDefault("AUTH_OPS_SECRET", "ops-secret"));
		return new ClientCredentials(issuer, ClientCredentials.OPS_CLIENT_ID, secret).accessToken("audit.read");
	}

	private String query() {
		StringBuilder query = new StringBuilder();
		for (String option : new String[] { "from", "to", "conversation", "customer", "type" }) {
			String value = this.arguments.get(option);
			if (value != null) {
				query.append(query.isEmpty() ? "?" : "&").append(option).append('=').append(encode(value));
			}
		}
		return query + reveal(query.isEmpty() ? "?" : "&");
	}

	private String reveal(String separator) {
		return (this.arguments.get("reveal") != null) ? separator + "reveal=true" : "";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
