package com.bank.assistant.gate;

import com.bank.assistant.contracts.event.PolicyDecision;

/** What the gate lets a step do. */
public enum Outcome {

	/** The step runs on the tier it asked for. */
	ALLOW,

	/** A cheaper tier runs instead. */
	DOWNGRADE,

	/** The step does not run. */
	BLOCK;

	/** Whether the decision has this outcome. */
	public boolean of(PolicyDecision decision) {
		return name().equals(decision.outcome());
	}

}
