package com.bank.assistant.policy.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelTierTest {

	private static final ModelTier RULES = new ModelTier("intent-rules", TierKind.IN_PROCESS,
			new BigDecimal("0.000001"), null, null, true, null, 1);

	private static final RemoteEndpoint ENDPOINT = new RemoteEndpoint("https://llm.example/v1", "small", "secret");

	@Test
	void perCallPriceIgnoresTokens() {
		assertThat(RULES.priceOf(500, 200)).isEqualByComparingTo("0.000001");
	}

	@Test
	void tokenPricesAreFor1000Tokens() {
		ModelTier large = new ModelTier("large-model", TierKind.REMOTE, null, new BigDecimal("0.0025"),
				new BigDecimal("0.01"), true, ENDPOINT, 1500);

		assertThat(large.priceOf(2000, 500)).isEqualByComparingTo("0.01");
	}

	@Test
	void remoteTierWithoutEndpointIsNotUsable() {
		ModelTier unconfigured = new ModelTier("large-model", TierKind.REMOTE, null, BigDecimal.ONE, BigDecimal.ONE,
				true, new RemoteEndpoint("https://llm.example/v1", "small", ""), 1500);
		ModelTier catalogued = new ModelTier("large-model", TierKind.REMOTE, null, BigDecimal.ONE, BigDecimal.ONE, true,
				ENDPOINT, 1500);

		assertThat(new ModelCatalog(List.of(RULES, unconfigured)).usable()).containsExactly(RULES);
		assertThat(new ModelCatalog(List.of(RULES, catalogued)).usable()).hasSize(2);
	}

	@Test
	void apiKeyIsNeverPrinted() {
		assertThat(ENDPOINT.toString()).doesNotContain("secret");
	}

}
