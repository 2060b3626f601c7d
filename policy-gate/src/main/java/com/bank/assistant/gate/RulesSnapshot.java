package com.bank.assistant.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyRulesPublished;
import com.bank.assistant.contracts.event.TierFigures;

/**
 * The rules and tiers as policy-service last published them.
 *
 * @param version the rules' version
 * @param rules the rules
 * @param tiers tier name to figures
 * @param publishedAt when policy-service published them (its heartbeat)
 */
public record RulesSnapshot(String version, GateRules rules, Map<String, TierFigures> tiers, Instant publishedAt) {

	/** Keeps an unmodifiable copy. */
	public RulesSnapshot {
		tiers = Map.copyOf(tiers);
	}

	/** The snapshot of one published event. */
	public static RulesSnapshot of(PolicyRulesPublished published, Instant publishedAt) {
		return new RulesSnapshot(published.version(), published.rules(),
				published.tiers()
					.stream()
					.collect(Collectors.toMap(TierFigures::name, Function.identity(), (a, b) -> b)),
				publishedAt);
	}

	/** The figures of a tier, if the catalog has it. */
	public Optional<TierFigures> tier(String name) {
		return Optional.ofNullable(this.tiers.get(name));
	}

	/** Whether these rules are older than {@code maxAge} at {@code now}. */
	public boolean staleAt(Instant now, Duration maxAge) {
		return Duration.between(this.publishedAt, now).compareTo(maxAge) > 0;
	}

}
