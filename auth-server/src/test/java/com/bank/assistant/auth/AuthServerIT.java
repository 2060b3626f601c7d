package com.bank.assistant.auth;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.bank.assistant.auth.client.LoginFailedException;
import com.bank.assistant.auth.client.PkceLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthServerIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static ConfigurableApplicationContext server;

	private static URI issuer;

	@BeforeAll
	static void startServer() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		issuer = URI.create("http://localhost:" + port);
		server = AuthServerApplication.builder()
			.run("--server.port=" + port, "--spring.security.oauth2.authorizationserver.issuer=" + issuer);
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void customerLogsInWithPkceAndGetsAChatToken() {
		JsonNode claims = claimsOf(PkceLogin.cli(issuer).accessToken("demo", "demo"));

		assertThat(claims.path("sub").asString()).isEqualTo("demo");
		assertThat(claims.path("iss").asString()).isEqualTo(issuer.toString());
		assertThat(claims.path("scope").values()).extracting(JsonNode::asString).contains("chat");
	}

	@Test
	void wrongPasswordFailsWithAClearMessage() {
		assertThatThrownBy(() -> PkceLogin.cli(issuer).accessToken("demo", "not-the-password"))
			.isInstanceOf(LoginFailedException.class)
			.hasMessageContaining("wrong username or password");
	}

	@Test
	void complianceOfficerGetsNoChatScope() {
		JsonNode claims = claimsOf(PkceLogin.cli(issuer).accessToken("compliance", "compliance"));

		assertThat(claims.path("sub").asString()).isEqualTo("compliance");
		assertThat(claims.path("scope").values()).extracting(JsonNode::asString).doesNotContain("chat");
	}

	@Test
	void productTeamsAndOperatorsGetOnlyTheirOwnScopes() {
		PkceLogin everything = new PkceLogin(issuer, PkceLogin.CLI_CLIENT_ID, PkceLogin.CLI_REDIRECT_URI,
				"openid chat audit.read catalog.write operations");

		assertThat(claimsOf(everything.accessToken("product", "product")).path("scope").values())
			.extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("openid", "catalog.write");
		assertThat(claimsOf(everything.accessToken("ops", "ops")).path("scope").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("openid", "operations");
		assertThat(claimsOf(everything.accessToken("demo", "demo")).path("scope").values())
			.extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("openid", "chat");
	}

	@Test
	void webClientLogsInThroughItsLocalhostRedirect() {
		PkceLogin web = new PkceLogin(issuer, "assistant-web", URI.create("http://localhost:8080/callback.html"),
				"openid chat");

		assertThat(claimsOf(web.accessToken("bob", "bob")).path("sub").asString()).isEqualTo("bob");
	}

	@Test
	void webClientSignsInOnAnyLoopbackPortAndMayCallTheTokenEndpointFromThere() throws Exception {
		PkceLogin web = new PkceLogin(issuer, "assistant-web", URI.create("http://127.0.0.1:54321/callback.html"),
				"openid chat");
		HttpRequest preflight = HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "http://127.0.0.1:54321")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build();

		HttpResponse<String> answer = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());

		assertThat(claimsOf(web.accessToken("demo", "demo")).path("sub").asString()).isEqualTo("demo");
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:54321");
	}

	@Test
	void opsClientGetsItsScopesWithClientCredentials() throws Exception {
		String basic = Base64.getEncoder().encodeToString("assistant-ops:ops-secret".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(issuer.resolve("/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=operations%20audit.read"))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode claims = claimsOf(json.readTree(response.body()).path("access_token").asString());
		assertThat(claims.path("sub").asString()).isEqualTo("assistant-ops");
		assertThat(claims.path("scope").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("operations", "audit.read");
	}

	@Test
	void healthIsOpenForProbes() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(issuer.resolve("/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
	}

	private static JsonNode claimsOf(String jwt) {
		String payload = jwt.split("\\.")[1];
		return json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

}
