package com.bank.assistant.auth.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE pair (RFC 7636): the secret verifier and its S256 challenge.
 *
 * @param verifier the secret sent with the token request
 * @param challenge the SHA-256 of the verifier, sent with the authorization request
 */
record PkceChallenge(String verifier, String challenge) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A fresh random pair. */
	static PkceChallenge create() {
		return of(randomToken());
	}

	/** The pair for this verifier. */
	static PkceChallenge of(String verifier) {
		return new PkceChallenge(verifier, s256(verifier));
	}

	/** A random URL-safe token of 256 bits. */
	static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
