package com.bank.assistant.audit.compliance;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which events are model steps, and the step whose policy decision each must carry.
 *
 * @param modelSteps event type of a model step to the name of its step, as the policy
 * gate's decisions name it ({@code IntentDetected} to {@code intent-detection})
 */
public record PolicyDecisionRule(Map<String, String> modelSteps) {

	/** Keeps the map immutable, sorted for the check's description. */
	public PolicyDecisionRule {
		modelSteps = (modelSteps != null) ? Map.copyOf(modelSteps) : Map.of();
	}

	/** The step a record of this type must have a decision on, or null. */
	String stepOf(String eventType) {
		return this.modelSteps.get(eventType);
	}

	/** The types and their steps, in words. */
	String describe() {
		return new TreeMap<>(this.modelSteps).entrySet()
			.stream()
			.map((entry) -> entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1) + ": " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

}
