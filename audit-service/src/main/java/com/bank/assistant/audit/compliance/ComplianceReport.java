package com.bank.assistant.audit.compliance;

import java.time.Instant;
import java.util.List;

/**
 * Every check over the whole trail at one moment.
 *
 * @param ok true when no check is violated (a check not applicable yet is no violation)
 * @param checkedAt when the checks ran
 * @param conversations how many conversations were read
 * @param checks each check's result
 */
public record ComplianceReport(boolean ok, Instant checkedAt, int conversations, List<CheckResult> checks) {

	/** The report of these results. */
	static ComplianceReport of(Instant checkedAt, int conversations, List<CheckResult> checks) {
		boolean ok = checks.stream().noneMatch((check) -> check.status() == CheckStatus.VIOLATED);
		return new ComplianceReport(ok, checkedAt, conversations, List.copyOf(checks));
	}

}
