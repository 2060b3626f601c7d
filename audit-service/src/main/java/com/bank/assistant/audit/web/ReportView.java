package com.bank.assistant.audit.web;

import java.time.Instant;
import java.util.List;

import com.bank.assistant.audit.compliance.CheckResult;
import com.bank.assistant.audit.compliance.CheckStatus;
import com.bank.assistant.audit.compliance.ComplianceReport;
import com.bank.assistant.audit.compliance.Violation;

/**
 * The compliance report as the endpoint shows it, each violation with its records in the
 * general (masked) view.
 *
 * @param ok true when no check is violated
 * @param checkedAt when the checks ran
 * @param conversations how many conversations were read
 * @param checks each check's result
 */
record ReportView(boolean ok, Instant checkedAt, int conversations, List<Check> checks) {

	static ReportView of(ComplianceReport report) {
		return new ReportView(report.ok(), report.checkedAt(), report.conversations(),
				report.checks().stream().map(Check::of).toList());
	}

	/**
	 * One check's result.
	 *
	 * @param name the check's stable name
	 * @param description what it checks
	 * @param status PASSED or VIOLATED
	 * @param checked how many items it looked at
	 * @param violations every breach, with its records
	 */
	record Check(String name, String description, CheckStatus status, int checked, List<Breach> violations) {

		static Check of(CheckResult result) {
			return new Check(result.name(), result.description(), result.status(), result.checked(),
					result.violations().stream().map(Breach::of).toList());
		}

	}

	/**
	 * One violation.
	 *
	 * @param conversationId where it was found
	 * @param eventId the offending record, or null when a record is missing
	 * @param sequence its place in the chain
	 * @param reason what is wrong
	 * @param records the records involved, masked
	 */
	record Breach(String conversationId, String eventId, long sequence, String reason, List<TrailEntry> records) {

		static Breach of(Violation violation) {
			return new Breach(violation.conversationId(), violation.eventId(), violation.sequence(), violation.reason(),
					violation.records().stream().map(TrailEntry::of).toList());
		}

	}

}
