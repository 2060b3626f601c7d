package com.bank.assistant.slots.turn;

import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.PolicyDecision;

/**
 * The intent slot filling acts on: the detected one, or another model's when the detected
 * one was escalated.
 *
 * @param intent the intent
 * @param confidence its confidence
 * @param alternatives the next most likely intents, best first
 * @param decisions the policy gate's decisions on the model steps taken for it
 */
public record ReviewedIntent(String intent, double confidence, List<IntentScore> alternatives,
		List<PolicyDecision> decisions) {

	public ReviewedIntent {
		alternatives = (alternatives != null) ? List.copyOf(alternatives) : List.of();
		decisions = (decisions != null) ? List.copyOf(decisions) : List.of();
	}

	/** The detected intent as it is, with the gate's decision on detecting it. */
	public static ReviewedIntent asDetected(IntentDetected detected) {
		return new ReviewedIntent(detected.intent(), detected.confidence(), detected.alternatives(),
				detected.decisions());
	}

	/** The same intent with one more decision taken for its message. */
	ReviewedIntent decided(PolicyDecision decision) {
		List<PolicyDecision> all = new ArrayList<>(this.decisions);
		all.add(decision);
		return new ReviewedIntent(this.intent, this.confidence, this.alternatives, all);
	}

}
