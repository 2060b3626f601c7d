package com.bank.assistant.policy.web;

import java.math.BigDecimal;
import java.util.List;

import com.bank.assistant.policy.catalog.ModelCatalog;
import com.bank.assistant.policy.catalog.ModelTier;
import com.bank.assistant.policy.catalog.TierKind;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The model catalog as configured, without secrets. */
@RestController
class CatalogController {

	private final ModelCatalog catalog;

	CatalogController(ModelCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/catalog")
	List<TierView> catalog() {
		return this.catalog.tiers().stream().map(TierView::of).toList();
	}

	/**
	 * A tier as shown: its price and whether it is usable, never its API key.
	 *
	 * @param name the tier
	 * @param kind where it runs
	 * @param pricePerCall BRL per call
	 * @param pricePer1kInputTokens BRL per 1,000 input tokens
	 * @param pricePer1kOutputTokens BRL per 1,000 output tokens
	 * @param usable whether steps may use it now
	 * @param model a remote tier's model, or null
	 */
	record TierView(String name, TierKind kind, BigDecimal pricePerCall, BigDecimal pricePer1kInputTokens,
			BigDecimal pricePer1kOutputTokens, boolean usable, String model) {

		static TierView of(ModelTier tier) {
			return new TierView(tier.name(), tier.kind(), tier.pricePerCall(), tier.pricePer1kInputTokens(),
					tier.pricePer1kOutputTokens(), tier.usable(),
					(tier.endpoint() != null) ? tier.endpoint().model() : null);
		}

	}

}
