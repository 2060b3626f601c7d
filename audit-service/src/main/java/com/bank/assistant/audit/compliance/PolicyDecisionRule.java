package com.bank.assistant.audit.compliance;

import java.util.Set;

/**
 * Which events are model steps and which are the policy decisions about them.
 *
 * @param modelStepTypes event types written by a model (intent, slots)
 * @param decisionTypes event types of policy decisions, each naming the step it decides
 * in its {@code causationid}; empty while policy-service publishes none, which makes the
 * check "not applicable" instead of one violation per step
 */
public record PolicyDecisionRule(Set<String> modelStepTypes, Set<String> decisionTypes) {

	/** Keeps the sets immutable. */
	public PolicyDecisionRule {
		modelStepTypes = (modelStepTypes != null) ? Set.copyOf(modelStepTypes) : Set.of();
		decisionTypes = (decisionTypes != null) ? Set.copyOf(decisionTypes) : Set.of();
	}

	/** Whether decisions are published, so that the check can be made. */
	boolean applicable() {
		return !this.decisionTypes.isEmpty();
	}

}
