package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyCheckTest {

	@Test
	void centavosDebitedOneAfterAnotherAddUp() {
		MoneyCheck check = MoneyCheck.of(Map.of("demo", List.of(cent("999.99"), cent("999.97"), cent("999.98"))));

		assertThat(check.ok()).isTrue();
		assertThat(check.transfers()).isEqualTo(3);
		assertThat(check.customers().get(0).moved()).isEqualByComparingTo("0.03");
		assertThat(check.customers().get(0).lowestBalanceAfter()).isEqualByComparingTo("999.97");
	}

	@Test
	void aDoubleDebitAGapOrAnotherAmountIsWrong() {
		assertThat(MoneyCheck.of(Map.of("demo", List.of(cent("999.99"), cent("999.99")))).ok()).isFalse();
		assertThat(MoneyCheck.of(Map.of("demo", List.of(cent("999.99"), cent("999.97")))).ok()).isFalse();
		assertThat(MoneyCheck
			.of(Map.of("demo", List.of(new Reply.Receipt(new BigDecimal("20.00"), new BigDecimal("979.99"), "BRL"))))
			.ok()).isFalse();
	}

	@Test
	void aRunWithoutTransfersHasNothingToCheck() {
		assertThat(MoneyCheck.of(Map.of("demo", List.of())).customers()).isEmpty();
		assertThat(MoneyCheck.of(Map.of()).ok()).isTrue();
	}

	private static Reply.Receipt cent(String balanceAfter) {
		return new Reply.Receipt(new BigDecimal("0.01"), new BigDecimal(balanceAfter), "BRL");
	}

}
