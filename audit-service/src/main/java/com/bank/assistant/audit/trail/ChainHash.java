package com.bank.assistant.audit.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link function of the chain: SHA-256 over the previous hash and a canonical form.
 */
public final class ChainHash {

	/** The "previous hash" of a conversation's first record. */
	public static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	/**
	 * Lower-case hex SHA-256 of {@code previousHash} followed by {@code canonicalJson}.
	 */
	public static String link(String previousHash, String canonicalJson) {
		MessageDigest digest = sha256();
		digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
		digest.update(canonicalJson.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime must provide SHA-256", ex);
		}
	}

}
