package com.bank.assistant.audit.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals clear text with AES-256-GCM under the current key and opens seals made with any
 * key it holds. The record's event id is the associated data, so a seal moved to another
 * record does not open.
 */
public final class PiiVault {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final String currentKeyId;

	private final Map<String, SecretKeySpec> keys;

	/**
	 * A vault sealing with {@code currentKeyId}; {@code keys} maps key ids to Base64
	 * 256-bit keys.
	 */
	public PiiVault(String currentKeyId, Map<String, String> keys) {
		this.keys = Map.copyOf(keys.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> key(entry.getValue()))));
		if (!this.keys.containsKey(currentKeyId)) {
			throw new IllegalArgumentException("No PII key with id " + currentKeyId);
		}
		this.currentKeyId = currentKeyId;
	}

	/** Encrypts {@code clear}, bound to the record of {@code eventId}. */
	public Sealed seal(String clear, String eventId) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] ciphertext = run(Cipher.ENCRYPT_MODE, this.currentKeyId, nonce, eventId,
				clear.getBytes(StandardCharsets.UTF_8));
		byte[] sealed = ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
		return new Sealed(this.currentKeyId, Base64.getEncoder().encodeToString(sealed));
	}

	/**
	 * The clear text of a seal made for {@code eventId}; fails if it was altered or
	 * moved.
	 */
	public String open(Sealed sealed, String eventId) {
		byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
		byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
		byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
		return new String(run(Cipher.DECRYPT_MODE, sealed.keyId(), nonce, eventId, ciphertext), StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, String keyId, byte[] nonce, String eventId, byte[] input) {
		SecretKeySpec key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No PII key with id " + keyId + " to open this record");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(eventId.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"PII seal of event " + eventId + " does not open: altered, moved or " + "sealed with another key",
					ex);
		}
	}

	private static SecretKeySpec key(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64.strip());
		if (bytes.length != 32) {
			throw new IllegalArgumentException("A PII key must be 32 bytes (AES-256) in Base64, got " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
