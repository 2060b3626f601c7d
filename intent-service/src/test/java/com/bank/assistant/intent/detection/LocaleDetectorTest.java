package com.bank.assistant.intent.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleDetectorTest {

	private final LocaleDetector detector = new LocaleDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			send 50 BRL to John           | en
			how much do I have?           | en
			manda 50 pro joao             | pt-BR
			Não, cancela                  | pt-BR
			12345678909                   | none
			+55 11 98765-4321             | none
			Ana Souza                     | none
			ok                            | none
			make it 40 reais              | en
			no, make it 12.50 instead     | en
			change the recipient to Bruno | en
			20 reais                      | none
			na verdade muda o valor       | pt-BR
			troca pra 45                  | pt-BR
			bruno@example.com             | none
			the key is bruno@example.com  | en
			a chave é www.exemplo.com.br  | pt-BR
			""")
	void tellsTheLanguageOnlyWhenTheWordsDo(String text, String language) {
		assertThat(this.detector.detect(text)).isEqualTo(language);
	}

	/**
	 * Bad input reaches the detector whole (the model cuts at 500 characters, the
	 * detector does not): a 10,000-character run without a space is read in one pass. The
	 * timeout only stops a regression from hanging the build.
	 */
	@Test
	@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aLongRunOfCharactersWithoutASpaceIsReadInOnePass() {
		assertThat(this.detector.detect("a".repeat(10_000))).isNull();
		assertThat(this.detector.detect(".".repeat(10_000) + " tchau")).isEqualTo("pt-BR");
		assertThat(this.detector.detect("@.".repeat(5_000) + "x thanks")).isEqualTo("en");
	}

}
