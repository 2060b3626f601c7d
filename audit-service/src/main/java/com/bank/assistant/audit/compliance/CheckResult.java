package com.bank.assistant.audit.compliance;

import java.util.List;

/**
 * What one check found.
 *
 * @param name the check's stable name
 * @param description what it checks, in words
 * @param status passed or violated
 * @param checked how many items it looked at (chains, transfers, model steps)
 * @param violations every breach found, with its records
 */
public record CheckResult(String name, String description, CheckStatus status, int checked,
		List<Violation> violations) {

	/** Keeps the violations immutable. */
	public CheckResult {
		violations = List.copyOf(violations);
	}

}
