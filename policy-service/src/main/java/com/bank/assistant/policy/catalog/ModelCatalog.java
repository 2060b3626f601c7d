package com.bank.assistant.policy.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Every tier a model step may run on.
 *
 * @param tiers the tiers, cheapest first
 */
public record ModelCatalog(List<ModelTier> tiers) {

	/** Keeps an unmodifiable copy. */
	public ModelCatalog {
		tiers = List.copyOf(tiers);
	}

	/** The tier of this name, if the catalog has one. */
	public Optional<ModelTier> tier(String name) {
		return this.tiers.stream().filter((tier) -> tier.name().equals(name)).findFirst();
	}

	/** The tiers steps may use now, cheapest first. */
	public List<ModelTier> usable() {
		return this.tiers.stream().filter(ModelTier::usable).toList();
	}

}
