package com.bank.assistant.gate;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.bank.assistant.contracts.event.PolicyRulesPublished;

/**
 * The newest rules this gate has heard of; kept when policy-service goes quiet, so the
 * gate keeps deciding on the last known rules.
 */
public final class KnownRules {

	private final AtomicReference<RulesSnapshot> latest = new AtomicReference<>();

	/** Keeps {@code published} unless newer rules are already known. */
	public void accept(PolicyRulesPublished published, Instant publishedAt) {
		RulesSnapshot candidate = RulesSnapshot.of(published, publishedAt);
		this.latest.accumulateAndGet(candidate, (current,
				next) -> (current == null || !next.publishedAt().isBefore(current.publishedAt())) ? next : current);
	}

	/** The newest rules, or empty when none were ever received. */
	public Optional<RulesSnapshot> current() {
		return Optional.ofNullable(this.latest.get());
	}

}
