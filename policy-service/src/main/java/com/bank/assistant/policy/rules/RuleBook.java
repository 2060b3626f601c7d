package com.bank.assistant.policy.rules;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rules in force: the newest stored version, seeded from the shipped document when
 * the store is empty. A change is validated, stored as the next version and announced.
 */
public final class RuleBook {

	private final RuleStore store;

	private final Clock clock;

	private final List<Consumer<RuleSet>> listeners;

	/** A book over {@code store}, seeded with {@code defaults} when it is empty. */
	public RuleBook(RuleStore store, Clock clock, String defaults, List<Consumer<RuleSet>> listeners) {
		this.store = store;
		this.clock = clock;
		this.listeners = List.copyOf(listeners);
		if (store.latest().isEmpty()) {
			store.add(new RuleSet(1, defaults, RulesDocument.parse(defaults), "shipped defaults", clock.instant()));
		}
	}

	/** The rules in force. */
	public RuleSet current() {
		return this.store.latest().orElseThrow();
	}

	/**
	 * Validates {@code document} and stores it as the next version; two concurrent
	 * changes cannot take the same version (the loser retries on the newer one).
	 */
	public RuleSet change(String document, String changedBy) {
		RuleValues values = RulesDocument.parse(document);
		RuleSet next;
		do {
			next = new RuleSet(current().version() + 1, document, values, changedBy, this.clock.instant());
		}
		while (!this.store.add(next));
		RuleSet stored = next;
		this.listeners.forEach((listener) -> listener.accept(stored));
		return stored;
	}

	/** Every version, newest first. */
	public List<RuleSet> history() {
		return this.store.history();
	}

}
