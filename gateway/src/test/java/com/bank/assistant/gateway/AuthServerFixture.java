package com.bank.assistant.gateway;

import java.net.URI;
import java.util.List;

import com.bank.assistant.auth.AuthServerApplication;
import com.bank.assistant.auth.client.ClientCredentials;
import com.bank.assistant.auth.client.PkceLogin;

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
			// Spring Cloud Gateway is on this classpath and breaks a servlet
			// application, so the auth server runs without it.
			issuer = AuthServerApplication.startBeside(List.of("org.springframework.cloud.gateway."),
					"--spring.cloud.gateway.server.webflux.enabled=false");
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
		return clientToken("operations audit.read");
	}

	/** The operations client's token with these space-separated scopes. */
	static String clientToken(String scopes) {
		return ClientCredentials.ops(issuer()).accessToken(scopes);
	}

}
