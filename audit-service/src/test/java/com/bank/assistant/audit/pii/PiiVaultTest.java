package com.bank.assistant.audit.pii;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PiiVaultTest {

	private static final String OLD_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	private static final String NEW_KEY = "MvfNl3yqb+gr3HCY4DhKX82xFuNtueZuBoYs6keu8JA=";

	private final PiiVault vault = new PiiVault("k-2", Map.of("k-1", OLD_KEY, "k-2", NEW_KEY));

	@Test
	void sealOpensForItsRecordOnly() {
		Sealed sealed = this.vault.seal("{\"text\":\"cpf 123.456.789-09\"}", "event-1");

		assertThat(sealed.keyId()).isEqualTo("k-2");
		assertThat(sealed.ciphertext()).doesNotContain("123");
		assertThat(this.vault.open(sealed, "event-1")).isEqualTo("{\"text\":\"cpf 123.456.789-09\"}");
		assertThatIllegalStateException().isThrownBy(() -> this.vault.open(sealed, "event-2"));
	}

	@Test
	void alteredSealDoesNotOpen() {
		Sealed sealed = this.vault.seal("Ana Souza", "event-1");
		char[] bytes = sealed.ciphertext().toCharArray();
		bytes[20] = (bytes[20] == 'A') ? 'B' : 'A';

		assertThatIllegalStateException()
			.isThrownBy(() -> this.vault.open(new Sealed("k-2", new String(bytes)), "event-1"));
	}

	@Test
	void olderKeysStillOpenWhatTheySealed() {
		Sealed old = new PiiVault("k-1", Map.of("k-1", OLD_KEY)).seal("Ana Souza", "event-1");

		assertThat(this.vault.open(old, "event-1")).isEqualTo("Ana Souza");
	}

}
