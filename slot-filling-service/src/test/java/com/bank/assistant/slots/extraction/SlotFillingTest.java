package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.SlotValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlotFillingTest {

	/** Monday 2026-03-16, 10:00 in São Paulo. */
	private static final Instant NOW = Instant.parse("2026-03-16T13:00:00Z");

	private final SlotFilling filling = new SlotFilling(BigDecimal.ZERO);

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			transfere 20 reais pra Ana               | 20.00   | BRL | Ana        | -           | -
			send 50 BRL to John                      | 50.00   | BRL | John       | -           | -
			manda R$ 1.234,56 pro João Pedro amanhã  | 1234.56 | BRL | João Pedro | -           | 2026-03-17
			pay $1,234.50 to Mary today              | 1234.50 | USD | Mary       | -           | 2026-03-16
			manda 2k pra ana                         | 2000.00 | BRL | ana        | -           | -
			pix de 30 conto pra 123.456.789-09       | 30.00   | BRL | -          | 12345678909 | -
			envia 15 reais para ana.souza@example.com | 15.00  | BRL | -          | ana.souza@example.com | -
			""")
	void readsTransferSlots(String text, String amount, String currency, String recipient, String key, String date) {
		Map<String, String> slots = values(extract("pix_transfer", text));

		assertThat(slots).containsEntry("amount", amount).containsEntry("currency", currency);
		assertThat(slots.get("recipient")).isEqualTo(recipient);
		assertThat(slots.get("pix_key")).isEqualTo(key);
		assertThat(slots.get("date")).isEqualTo(date);
	}

	@Test
	void aShortAnswerWithANameIsTheRecipient() {
		assertThat(values(extract("inform", "Ana Souza"))).containsExactlyEntriesOf(Map.of("recipient", "Ana Souza"));
	}

	@Test
	void anInvalidCpfIsNotAKey() {
		assertThat(values(extract("pix_transfer", "manda pra 123.456.789-00"))).doesNotContainKey("pix_key")
			.containsEntry("pix_key_error", "INVALID_CPF_CHECK_DIGITS");
	}

	@Test
	void theEndToEndConversationKeepsItsSlots() {
		assertThat(values(extract("pix_transfer", "manda 15 reais pra Carla")))
			.containsExactlyInAnyOrderEntriesOf(Map.of("amount", "15.00", "currency", "BRL", "recipient", "Carla"));
		assertThat(extract("inform", "sim").slots()).isEmpty();
		assertThat(extract("inform", "oi").slots()).isEmpty();
		assertThat(extract("affirm", "sim").slots()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			manda 20 reais pra Ana 😀🎉🙂
			отправь 20 рублей Ивану
			给安娜转20块
			٣٠ ريال
			\u0000\t\n
			$$$ R$ US$ - -- 1e e9 ,,, ... @@@ [] <valor>
			""")
	void oddInputNeverCrashes(String text) {
		assertThat(extract("pix_transfer", text)).isNotNull();
	}

	@Test
	void aVeryLongMessageIsReadQuickly() {
		String text = "manda 20 reais pra Ana ".repeat(200) + "9".repeat(6_000);
		long started = System.nanoTime();

		assertThat(values(extract("pix_transfer", text.substring(0, 10_000)))).containsKey("amount_error");
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	@Test
	void intentsWithoutSlotsAreNotRead() {
		assertThat(extract("check_balance", "saldo de 20 reais?").slots()).isEmpty();
	}

	@Test
	void spansPointAtTheSourceText() {
		String text = "transfere 20 reais pra Ana";
		SlotValue amount = extract("pix_transfer", text).slots().get("amount");

		assertThat(text.substring(amount.start(), amount.end())).isEqualTo("20 reais");
	}

	private Extraction extract(String intent, String text) {
		return this.filling.extract(new IntentDetected(text, "pt-BR", intent, 0.9, List.of(), null), NOW);
	}

	private static Map<String, String> values(Extraction extracted) {
		return extracted.slots()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().value()));
	}

}
