package com.bank.assistant.audit.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts what one check looked at and collects its violations while the trail is read.
 */
final class CheckTally {

	private final String name;

	private final String description;

	private final List<Violation> violations = new ArrayList<>();

	private int checked;

	CheckTally(String name, String description) {
		this.name = name;
		this.description = description;
	}

	void checked() {
		this.checked++;
	}

	void violated(Violation violation) {
		this.violations.add(violation);
	}

	CheckResult result() {
		return new CheckResult(this.name, this.description,
				this.violations.isEmpty() ? CheckStatus.PASSED : CheckStatus.VIOLATED, this.checked, this.violations);
	}

}
