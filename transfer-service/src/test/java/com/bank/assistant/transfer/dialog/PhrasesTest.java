package com.bank.assistant.transfer.dialog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages say everything: the bundles have the same keys, none empty. */
class PhrasesTest {

	@Test
	void bothLanguagesHaveEveryPhrase() throws IOException {
		Properties portuguese = bundle("phrases_pt_BR.properties");
		Properties english = bundle("phrases_en.properties");

		assertThat(english.stringPropertyNames()).isEqualTo(portuguese.stringPropertyNames());
		assertThat(portuguese.values()).allMatch((value) -> !value.toString().isBlank());
		assertThat(english.values()).allMatch((value) -> !value.toString().isBlank());
	}

	@Test
	void apostrophesAndArgumentsAreFilledIn() {
		assertThat(Phrases.of(Language.EN).say("not.found", "Zé"))
			.isEqualTo("I couldn't find Zé in your contacts. What is the recipient's Pix key?");
		assertThat(Phrases.of(Language.PT_BR).say("balance", "R$ 1,00")).isEqualTo("Seu saldo é R$ 1,00.");
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Phrases.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
