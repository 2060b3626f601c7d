package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.bank.assistant.contracts.event.TierFigures;

/** What a call to a tier costs by the catalog's prices. */
public final class TierPricing {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private TierPricing() {
	}

	/**
	 * Price per call plus input and output tokens at the per-1,000-token prices, in BRL.
	 */
	public static BigDecimal cost(TierFigures tier, long inputTokens, long outputTokens) {
		BigDecimal tokens = orZero(tier.pricePer1kInputTokens()).multiply(BigDecimal.valueOf(inputTokens))
			.add(orZero(tier.pricePer1kOutputTokens()).multiply(BigDecimal.valueOf(outputTokens)))
			.divide(THOUSAND, 10, RoundingMode.UP);
		return orZero(tier.pricePerCall()).add(tokens).stripTrailingZeros();
	}

	private static BigDecimal orZero(BigDecimal price) {
		return (price != null) ? price : BigDecimal.ZERO;
	}

}
