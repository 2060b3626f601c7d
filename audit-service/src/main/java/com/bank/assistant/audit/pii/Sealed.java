package com.bank.assistant.audit.pii;

/**
 * The clear form of an event, encrypted.
 *
 * @param keyId which key sealed it, so that older keys can still open it after a rotation
 * @param ciphertext Base64 of the 12-byte nonce followed by the AES-GCM ciphertext and
 * tag
 */
public record Sealed(String keyId, String ciphertext) {

	/** Rejects a seal without its key id or its bytes. */
	public Sealed {
		if (keyId == null || keyId.isBlank() || ciphertext == null || ciphertext.isBlank()) {
			throw new IllegalArgumentException("A seal needs a key id and a ciphertext");
		}
	}

}
