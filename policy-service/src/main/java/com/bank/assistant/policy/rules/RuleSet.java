package com.bank.assistant.policy.rules;

import java.time.Instant;

/**
 * One stored version of the rules.
 *
 * @param version the version number, 1 and up
 * @param document the YAML document as written
 * @param values what it says
 * @param changedBy who stored it
 * @param changedAt when
 */
public record RuleSet(int version, String document, RuleValues values, String changedBy, Instant changedAt) {

	/** The version as decisions name it, such as {@code rules-3}. */
	public String label() {
		return "rules-" + this.version;
	}

}
