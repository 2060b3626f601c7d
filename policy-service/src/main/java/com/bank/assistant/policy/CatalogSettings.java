package com.bank.assistant.policy;

import java.math.BigDecimal;
import java.util.List;

import com.bank.assistant.policy.catalog.ModelCatalog;
import com.bank.assistant.policy.catalog.ModelTier;
import com.bank.assistant.policy.catalog.RemoteEndpoint;
import com.bank.assistant.policy.catalog.TierKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The model catalog: every tier a step may run on, with its price.
 *
 * @param tiers the tiers, cheapest first
 */
@Validated
@ConfigurationProperties("assistant.policy.catalog")
public record CatalogSettings(@NotEmpty List<@Valid Tier> tiers) {

	/** The catalog the domain works with. */
	public ModelCatalog toCatalog() {
		return new ModelCatalog(this.tiers.stream().map(Tier::toModelTier).toList());
	}

	/**
	 * One tier of the catalog.
	 *
	 * @param name the tier's name, also the model name its steps report
	 * @param kind {@code in-process} (runs inside a service) or {@code remote} (an HTTP
	 * API)
	 * @param pricePerCall BRL charged per call, if priced per call
	 * @param pricePer1kInputTokens BRL per 1,000 input tokens, if priced by tokens
	 * @param pricePer1kOutputTokens BRL per 1,000 output tokens, if priced by tokens
	 * @param enabled whether steps may use the tier; a remote tier needs its endpoint too
	 * @param baseUrl a remote tier's OpenAI-compatible base URL
	 * @param model the model a remote tier asks for
	 * @param apiKey a remote tier's API key, from the environment; never shown
	 * @param expectedP95Millis the p95 latency the gate assumes until steps on the tier
	 * were seen
	 */
	public record Tier(@NotBlank String name, @NotNull TierKind kind, @PositiveOrZero BigDecimal pricePerCall,
			@PositiveOrZero BigDecimal pricePer1kInputTokens, @PositiveOrZero BigDecimal pricePer1kOutputTokens,
			boolean enabled, String baseUrl, String model, String apiKey, @PositiveOrZero long expectedP95Millis) {

		/**
		 * An enabled remote tier must say where to call, which model, and with what key.
		 */
		@AssertTrue(message = "an enabled remote tier needs base-url, model and api-key")
		public boolean isEndpointConfigured() {
			return !this.enabled || this.kind != TierKind.REMOTE
					|| (hasText(this.baseUrl) && hasText(this.model) && hasText(this.apiKey));
		}

		ModelTier toModelTier() {
			RemoteEndpoint endpoint = hasText(this.baseUrl) ? new RemoteEndpoint(this.baseUrl, this.model, this.apiKey)
					: null;
			return new ModelTier(this.name, this.kind, this.pricePerCall, this.pricePer1kInputTokens,
					this.pricePer1kOutputTokens, this.enabled, endpoint, this.expectedP95Millis);
		}

		@Override
		public String toString() {
			return "Tier[" + this.name + ", " + this.kind + ", enabled=" + this.enabled + "]";
		}

		private static boolean hasText(String value) {
			return value != null && !value.isBlank();
		}

	}

}
