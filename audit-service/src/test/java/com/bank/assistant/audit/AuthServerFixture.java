package com.bank.assistant.audit;

import java.net.URI;
import java.util.List;

import com.bank.assistant.auth.AuthServerApplication;
import com.bank.assistant.auth.client.ClientCredentials;
import com.bank.assistant.auth.client.PkceLogin;

/**
 * The real authorization server, started once in the test JVM on a free port, and tokens
 * from it as each kind of caller gets them.
 */
final class AuthServerFixture {

	private static URI issuer;

	private AuthServerFixture() {
	}

	/** The running server's issuer, started on first use. */
	static synchronized URI issuer() {
		if (issuer == null) {
			issuer = AuthServerApplication.startBeside(AuthServerApplication.SERVICE_STACK);
		}
		return issuer;
	}

	/**
	 * The authorization server's own auto-configurations, which must not run in the
	 * audit-service's context (they would replace its JWT decoder).
	 */
	static String authorizationServerAutoConfigurations() {
		return String.join(",", AuthServerApplication
			.autoConfigurations(List.of("org.springframework.boot.security.oauth2.server.authorization.")));
	}

	/** A customer's chat token, as the CLI gets it. */
	static String customer(String user) {
		return PkceLogin.cli(issuer()).accessToken(user, user);
	}

	/** The compliance officer's token with {@code audit.read} and {@code audit.pii}. */
	static String complianceOfficer() {
		return new PkceLogin(issuer(), PkceLogin.CLI_CLIENT_ID, PkceLogin.CLI_REDIRECT_URI,
				"openid audit.read audit.pii")
			.accessToken("compliance", "compliance");
	}

	/** The operations client's token (client credentials): {@code audit.read}, no PII. */
	static String operations() {
		return ClientCredentials.ops(issuer()).accessToken("audit.read");
	}

}
