package com.bank.assistant.intent.detection;

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

}
