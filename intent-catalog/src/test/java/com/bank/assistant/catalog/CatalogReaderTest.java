package com.bank.assistant.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CatalogReaderTest {

	@TempDir
	Path directory;

	@Test
	void readsOneFilePerIntentFromADirectory() throws IOException {
		write("greet.yml", """
				name: greet
				description: Say hello.
				handler: transfer-service
				sla-ms: 2000
				answer: { pt-BR: Olá!, en: Hi! }
				examples:
				  pt-BR: [oi, olá]
				  en: [hi, hello]
				""");

		IntentCatalog catalog = IntentCatalog.load(this.directory);

		assertThat(catalog.names()).containsExactly("greet");
		assertThat(catalog.answer("greet", "en")).contains("Hi!");
		assertThat(catalog.examples()).hasSize(4);
	}

	@Test
	void anUnquotedYesIsRejectedInsteadOfBecomingTrue() throws IOException {
		write("affirm.yml", """
				name: affirm
				description: Yes.
				handler: transfer-service
				examples:
				  en: [yes, sure]
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> IntentCatalog.load(this.directory))
			.withMessageContaining("affirm.yml")
			.withMessageContaining("put it in quotes");
	}

	private void write(String name, String yaml) throws IOException {
		Files.writeString(this.directory.resolve(name), yaml);
	}

}
