package com.bank.assistant.policy.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One tier of models, priced per call and/or per 1,000 tokens in BRL.
 *
 * @param name the tier's name, as steps report it
 * @param kind where it runs
 * @param pricePerCall BRL per call; zero when not priced per call
 * @param pricePer1kInputTokens BRL per 1,000 input tokens; zero when not priced by tokens
 * @param pricePer1kOutputTokens BRL per 1,000 output tokens; zero when not priced by
 * tokens
 * @param enabled whether the tier was switched on
 * @param endpoint a remote tier's endpoint, or null
 * @param expectedP95Millis the p95 latency the gate assumes until steps on the tier were
 * seen
 */
public record ModelTier(String name, TierKind kind, BigDecimal pricePerCall, BigDecimal pricePer1kInputTokens,
		BigDecimal pricePer1kOutputTokens, boolean enabled, RemoteEndpoint endpoint, long expectedP95Millis) {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	/** Missing prices are zero. */
	public ModelTier {
		pricePerCall = orZero(pricePerCall);
		pricePer1kInputTokens = orZero(pricePer1kInputTokens);
		pricePer1kOutputTokens = orZero(pricePer1kOutputTokens);
	}

	/** Whether steps may use it: switched on and, if remote, with a complete endpoint. */
	public boolean usable() {
		return this.enabled && (this.kind != TierKind.REMOTE || (this.endpoint != null && this.endpoint.complete()));
	}

	/** What one call costs with these token counts, in BRL. */
	public BigDecimal priceOf(long inputTokens, long outputTokens) {
		BigDecimal tokens = this.pricePer1kInputTokens.multiply(BigDecimal.valueOf(inputTokens))
			.add(this.pricePer1kOutputTokens.multiply(BigDecimal.valueOf(outputTokens)))
			.divide(THOUSAND, 10, RoundingMode.HALF_EVEN);
		return this.pricePerCall.add(tokens).stripTrailingZeros();
	}

	private static BigDecimal orZero(BigDecimal price) {
		return (price != null) ? price : BigDecimal.ZERO;
	}

}
