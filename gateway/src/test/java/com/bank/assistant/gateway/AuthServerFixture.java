package com.bank.assistant.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

import com.bank.assistant.auth.AuthServerApplication;
import com.bank.assistant.auth.client.ClientCredentials;
import com.bank.assistant.auth.client.PkceLogin;

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
		return ClientCredentials.ops(issuer()).accessToken("operations audit.read");
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
