package com.bank.assistant.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.bank.assistant.auth.AuthServerApplication;
import com.bank.assistant.auth.client.PkceLogin;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The real authorization server, started once in the test JVM on a free port, and tokens
 * from it through the real PKCE login.
 */
final class AuthServerFixture {

	private static URI issuer;

	private AuthServerFixture() {
	}

	/** The running server's issuer, started on first use. */
	static synchronized URI issuer() {
		if (issuer == null) {
			int port = freePort();
			URI uri = URI.create("http://localhost:" + port);
			// Spring Cloud Gateway is on this classpath; its auto-configuration refuses
			// or breaks a
			// servlet application, so the auth server runs without it.
			AuthServerApplication.builder()
				.run("--server.port=" + port, "--spring.security.oauth2.authorizationserver.issuer=" + uri,
						"--spring.cloud.gateway.server.webflux.enabled=false",
						"--spring.autoconfigure.exclude=" + String.join(",", gatewayAutoConfigurations()));
			issuer = uri;
		}
		return issuer;
	}

	/** An access token of this user (password = username), as the CLI gets it. */
	static String tokenOf(String user) {
		return PkceLogin.cli(issuer()).accessToken(user, user);
	}

	/**
	 * The operations client's token (client credentials): {@code audit.read} and
	 * {@code operations}, as the audit CLI gets it.
	 */
	static String operationsToken() {
		String basic = Base64.getEncoder().encodeToString("assistant-ops:ops-secret".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(issuer().resolve("/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=operations%20audit.read"))
			.build();
		try {
			String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
			return JsonMapper.builder().build().readTree(body).path("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> gatewayAutoConfigurations() {
		return ImportCandidates.load(AutoConfiguration.class, AuthServerFixture.class.getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> name.startsWith("org.springframework.cloud.gateway."))
			.toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
