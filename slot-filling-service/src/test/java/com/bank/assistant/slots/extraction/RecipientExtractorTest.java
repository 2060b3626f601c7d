package com.bank.assistant.slots.extraction;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipient after the value extractors have claimed their words, as in production.
 */
class RecipientExtractorTest {

	private static final SlotFilling FILLING = new SlotFilling(java.math.BigDecimal.ZERO);

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			transfere 20 reais pra Ana               | Ana
			manda cinquenta conto pro joao amanha    | joao
			pra ana souza                            | ana souza
			send 20 dollars to john smith            | john smith
			pay Kevin 60 reais tomorrow              | Kevin
			Ana Souza                                | Ana Souza
			manda 20 reais pro seu Raimundo          | Raimundo
			manda 20 reais pra 529.982.247-25        | -
			manda 20 reais pra ana.souza@example.com | -
			manda cinquenta reais amanhã             | -
			pra ela                                  | -
			sim                                      | -
			oi                                       | -
			manda 15 pra Ana e 20 pro João           | -
			na verdade 30                            | -
			na verdade pro João                      | João
			actually make it 12.50                   | -
			actually, 30 reais                       | -
			actually send it to Ana                  | Ana
			no wait, 40 instead                      | -
			ops, errei: 25 reais                     | -
			aliás, manda pra Bia                     | Bia
			who gets it                              | -
			quem recebe                              | -
			""")
	void readsTheNameAsSaid(String text, String recipient) {
		assertThat(Extracted.value(FILLING.extract(text, "pt-BR", LocalDate.of(2026, 3, 16)), "recipient"))
			.isEqualTo(recipient);
	}

}
