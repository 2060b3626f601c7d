package com.bank.assistant.audit.compliance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.bank.assistant.audit.trail.AuditRecord;

/** Every model step has a policy decision whose causation is that step. */
final class PolicyDecisionCheck {

	static final String NAME = "model-steps-have-policy-decisions";

	static final String NOT_APPLICABLE = "not applicable until policy decisions are published "
			+ "(assistant.audit.checks.policy-decision-types is empty)";

	private final PolicyDecisionRule rule;

	PolicyDecisionCheck(PolicyDecisionRule rule) {
		this.rule = rule;
	}

	CheckTally tally() {
		return new CheckTally(NAME, "every model step (" + String.join(", ", this.rule.modelStepTypes())
				+ ") has a policy decision answering it in the same conversation");
	}

	boolean applicable() {
		return this.rule.applicable();
	}

	/** Checks the model steps of one conversation's records. */
	void check(List<AuditRecord> records, CheckTally tally) {
		Set<String> decided = records.stream()
			.filter((record) -> this.rule.decisionTypes().contains(record.event().type()))
			.map((record) -> record.event().causationId())
			.collect(Collectors.toSet());
		for (AuditRecord record : records) {
			if (this.rule.modelStepTypes().contains(record.event().type())) {
				tally.checked();
				if (!decided.contains(record.event().eventId())) {
					tally.violated(Violation.of(record, "model step without a policy decision"));
				}
			}
		}
	}

}
