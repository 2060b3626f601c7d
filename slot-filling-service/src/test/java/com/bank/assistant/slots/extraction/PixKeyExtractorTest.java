package com.bank.assistant.slots.extraction;

import java.util.Map;

import com.bank.assistant.contracts.event.SlotValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PixKeyExtractorTest {

	private final PixKeyExtractor extractor = new PixKeyExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			pra 529.982.247-25                              | 52998224725
			cpf 52998224725                                 | 52998224725
			cnpj 11.222.333/0001-81                         | 11222333000181
			pro 11222333000181                              | 11222333000181
			celular (21) 99876-5432                         | +5521998765432
			pra +55 11 91234-5678                           | +5511912345678
			pro 31988887777                                 | +5531988887777
			telefone 11144477735                            | +5511144477735
			pra Renata.Dias@Gmail.com.                      | renata.dias@gmail.com
			chave 3F2504E0-4F89-41D3-9A0C-0305E82C3301      | 3f2504e0-4f89-41d3-9a0c-0305e82c3301
			""")
	void normalizesValidKeys(String text, String key) {
		Map<String, SlotValue> slots = Extracted.by(this.extractor, text);

		assertThat(Extracted.value(slots, "pix_key")).isEqualTo(key);
		assertThat(slots).doesNotContainKey(PixKeyExtractor.ERROR_SLOT);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			pra 123.456.789-00                        | INVALID_CPF_CHECK_DIGITS
			cpf 111.111.111-11                        | INVALID_CPF_CHECK_DIGITS
			pro 12345678900                           | INVALID_CPF_CHECK_DIGITS
			cnpj 11.222.333/0001-80                   | INVALID_CNPJ_CHECK_DIGITS
			celular (00) 99876-5432                   | INVALID_PHONE
			pra ana@                                  | INVALID_EMAIL
			chave 3F2504E0-4F89-41D3-9A0C-0305E82C330 | INVALID_EVP
			""")
	void rejectsInvalidKeysWithTheReason(String text, String reason) {
		Map<String, SlotValue> slots = Extracted.by(this.extractor, text);

		assertThat(slots).doesNotContainKey("pix_key");
		assertThat(Extracted.value(slots, PixKeyExtractor.ERROR_SLOT)).isEqualTo(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			manda 1.234,56 reais
			manda 1234567890123456789012345
			dia 20/03
			""")
	void amountsAndDatesAreNoKeys(String text) {
		assertThat(Extracted.by(this.extractor, text)).isEmpty();
	}

}
