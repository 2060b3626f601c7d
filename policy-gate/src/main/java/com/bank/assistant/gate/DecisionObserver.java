package com.bank.assistant.gate;

import com.bank.assistant.contracts.event.PolicyDecision;

/** Something outside the domain, such as a metrics registry, that sees every decision. */
public interface DecisionObserver {

	/** Called once per decision, with how long deciding took. */
	void decided(PolicyDecision decision, long decisionNanos);

}
