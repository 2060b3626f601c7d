package com.bank.assistant.audit.compliance;

import java.util.List;

import com.bank.assistant.audit.trail.AuditRecord;

/**
 * Every model step carries in its {@code data.decisions} the policy gate's decision on
 * it, read from the trail's general view (decisions hold no personal data). A blocked
 * step was decided too: it did not run, and its record says why.
 */
final class PolicyDecisionCheck {

	static final String NAME = "model-steps-have-policy-decisions";

	private final PolicyDecisionRule rule;

	PolicyDecisionCheck(PolicyDecisionRule rule) {
		this.rule = rule;
	}

	CheckTally tally() {
		return new CheckTally(NAME, "every model step carries the policy gate's decision on its step, with outcome, "
				+ "reason and rule version, in data.decisions (" + this.rule.describe() + ")");
	}

	/** Checks the model steps of one conversation's records. */
	void check(List<AuditRecord> records, CheckTally tally) {
		for (AuditRecord record : records) {
			String step = this.rule.stepOf(record.event().type());
			if (step == null) {
				continue;
			}
			tally.checked();
			if (!StepDecisions.of(record.event().envelopeJson()).decided(step)) {
				tally.violated(Violation.of(record, "model step without a policy decision on " + step));
			}
		}
	}

}
