package com.bank.assistant.audit.compliance;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy gate's decisions an envelope carries in {@code data.decisions}: the step's
 * own, and those carried forward from earlier steps of the turn.
 */
final class StepDecisions {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** What a decision must say to count: what was decided, why, under which rules. */
	private static final List<String> REQUIRED = List.of("outcome", "reason", "ruleVersion");

	private final JsonNode decisions;

	private StepDecisions(JsonNode decisions) {
		this.decisions = decisions;
	}

	static StepDecisions of(String envelopeJson) {
		return new StepDecisions(MAPPER.readTree(envelopeJson).path("data").path("decisions"));
	}

	/** Whether one decision names {@code step} and says all it must. */
	boolean decided(String step) {
		return this.decisions.isArray() && this.decisions.valueStream()
			.anyMatch((decision) -> step.equals(text(decision, "step"))
					&& REQUIRED.stream().allMatch((field) -> !text(decision, field).isBlank()));
	}

	private static String text(JsonNode decision, String field) {
		JsonNode value = decision.path(field);
		return value.isString() ? value.asString() : "";
	}

}
