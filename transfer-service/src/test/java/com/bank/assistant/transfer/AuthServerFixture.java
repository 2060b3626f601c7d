package com.bank.assistant.transfer;

import java.net.URI;
import java.util.List;

import com.bank.assistant.auth.AuthServerApplication;
import com.bank.assistant.auth.client.PkceLogin;

/**
 * The real authorization server, started once in the test JVM on a free port, and tokens
 * from it through the real PKCE login.
 */
public final class AuthServerFixture {

	/**
	 * Auto-configurations of this module's stack that the authorization server must not
	 * run.
	 */
	private static final List<String> NOT_FOR_THE_AUTH_SERVER = List.of("org.springframework.cloud.",
			"org.springframework.boot.jdbc.", "org.springframework.boot.flyway.", "org.springframework.boot.kafka.",
			"org.springframework.boot.sql.", "org.springframework.boot.data.redis.",
			"org.springframework.boot.security.oauth2.server.resource.", "io.github.resilience4j.",
			"com.bank.assistant.");

	private static URI issuer;

	private AuthServerFixture() {
	}

	/** The running server's issuer, started on first use. */
	public static synchronized URI issuer() {
		if (issuer == null) {
			issuer = AuthServerApplication.startBeside(NOT_FOR_THE_AUTH_SERVER);
		}
		return issuer;
	}

	/** An access token of this user (password = username), as the app gets it. */
	public static String tokenOf(String user) {
		return PkceLogin.cli(issuer()).accessToken(user, user);
	}

}
