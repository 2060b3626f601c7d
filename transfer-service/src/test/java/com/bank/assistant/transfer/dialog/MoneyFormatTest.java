package com.bank.assistant.transfer.dialog;

import java.math.BigDecimal;

import com.bank.assistant.contracts.ids.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1234.56    | BRL | R$ 1.234,56       | R$1,234.56
			20         | BRL | R$ 20,00          | R$20.00
			0.5        | BRL | R$ 0,50           | R$0.50
			0          | BRL | R$ 0,00           | R$0.00
			1234567.89 | BRL | R$ 1.234.567,89   | R$1,234,567.89
			-20.00     | BRL | -R$ 20,00         | -R$20.00
			19.999     | BRL | R$ 20,00          | R$20.00
			20.00      | USD | USD 20,00         | USD 20.00
			""")
	void writesMoneyAsCustomersReadIt(String amount, String currency, String portuguese, String english) {
		Money money = new Money(new BigDecimal(amount), currency);
		assertThat(MoneyFormat.format(money, Language.PT_BR)).isEqualTo(portuguese);
		assertThat(MoneyFormat.format(money, Language.EN)).isEqualTo(english);
	}

	@ParameterizedTest
	@CsvSource({ "pt-BR,PT_BR", "en,EN", "en-US,EN", "pt,PT_BR", "'',PT_BR" })
	void readsTheLanguageOfATag(String tag, Language expected) {
		assertThat(Language.of(tag)).isEqualTo(expected);
	}

}
