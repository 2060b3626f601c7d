package com.bank.assistant.transfer;

import java.net.URI;

import com.bank.assistant.auth.AuthServerApplication;
import com.bank.assistant.auth.client.PkceLogin;

/**
 * The real authorization server, started once in the test JVM on a free port, and tokens
 * from it through the real PKCE login.
 */
public final class AuthServerFixture {

	private static URI issuer;

	private AuthServerFixture() {
	}

	/** The running server's issuer, started on first use. */
	public static synchronized URI issuer() {
		if (issuer == null) {
			issuer = AuthServerApplication.startBeside(AuthServerApplication.SERVICE_STACK);
		}
		return issuer;
	}

	/** An access token of this user (password = username), as the app gets it. */
	public static String tokenOf(String user) {
		return PkceLogin.cli(issuer()).accessToken(user, user);
	}

}
