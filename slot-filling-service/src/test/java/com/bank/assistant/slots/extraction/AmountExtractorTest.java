package com.bank.assistant.slots.extraction;

import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountExtractorTest {

	private final AmountExtractor extractor = new AmountExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			manda R$ 1.234,56                          | 1234.56 | BRL
			pay $1,234.56                              | 1234.56 | USD
			manda 20                                   | 20.00   | BRL
			manda 12,5 pra ela                         | 12.50   | BRL
			manda 1.500                                | 1500.00 | BRL
			vinte e cinco reais e cinquenta centavos   | 25.50   | BRL
			mil e quinhentos                           | 1500.00 | BRL
			cinquenta conto                            | 50.00   | BRL
			quarenta pila                              | 40.00   | BRL
			twenty five                                | 25.00   | BRL
			twenty-five dollars                        | 25.00   | USD
			a hundred bucks                            | 100.00  | USD
			one thousand five hundred reais            | 1500.00 | BRL
			1,5 mil                                    | 1500.00 | BRL
			2k                                         | 2000.00 | BRL
			2.5k                                       | 2500.00 | BRL
			2 mil e quinhentos                         | 2500.00 | BRL
			cento e vinte e três reais                 | 123.00  | BRL
			um milhão de reais                         | 1000000.00 | BRL
			200 dólares                                | 200.00  | USD
			US$ 75,50                                  | 75.50   | USD
			80 BRL                                     | 80.00   | BRL
			cinquenta centavos                         | 0.50    | BRL
			15 reais and 40 cents                      | 15.40   | BRL
			faz uma transferência de trinta reais      | 30.00   | BRL
			manda um real                              | 1.00    | BRL
			""")
	void readsAmountsAndCurrencies(String text, String amount, String currency) {
		Map<String, SlotValue> slots = Extracted.by(this.extractor, text);

		assertThat(Extracted.value(slots, "amount")).isEqualTo(amount);
		assertThat(Extracted.value(slots, "currency")).isEqualTo(currency);
		assertThat(slots).doesNotContainKey(AmountExtractor.ERROR_SLOT);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			manda -20                              | NEGATIVE
			manda - 30 reais                       | NEGATIVE
			0 reais                                | ZERO
			zero reais                             | ZERO
			20 reais e 999 centavos                | INVALID_CENTS
			1e9                                    | NOT_A_NUMBER
			manda 20,12345                         | NOT_A_NUMBER
			1234567890123456789012345              | TOO_LARGE
			2 bilhões                              | TOO_LARGE
			15 pra Ana e 20 pro João               | AMBIGUOUS_MULTIPLE
			""")
	void neverGuessesABadAmount(String text, String error) {
		Map<String, SlotValue> slots = Extracted.by(this.extractor, text);

		assertThat(slots).doesNotContainKeys("amount", "currency");
		assertThat(Extracted.value(slots, AmountExtractor.ERROR_SLOT)).isEqualTo(error);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			faz um pix pra ela
			me liga às 15h
			quero fazer uma transferência
			manda 2x
			""")
	void articlesTimesAndCountsAreNoAmount(String text) {
		assertThat(Extracted.by(this.extractor, text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			transfere 20 reais pra Ana   | 20 reais
			manda R$ 1.234,56 amanhã     | R$ 1.234,56
			vinte e cinco reais e cinquenta centavos | vinte e cinco reais e cinquenta centavos
			""")
	void theSpanIsTheAmountAsWritten(String text, String span) {
		SlotValue amount = Extracted.by(this.extractor, text).get("amount");

		assertThat(text.substring(amount.start(), amount.end())).isEqualTo(span);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			pt-BR | 0.7
			en    | 0.98
			""")
	void aBareDollarSignIsUsdLessSurelyInPortuguese(String locale, double confidence) {
		Map<String, SlotValue> slots = new java.util.LinkedHashMap<>();
		this.extractor.extract(new Utterance("manda $20", locale, Extracted.MONDAY), slots);

		assertThat(slots.get("currency").value()).isEqualTo("USD");
		assertThat(slots.get("currency").confidence()).isEqualTo(confidence);
	}

}
