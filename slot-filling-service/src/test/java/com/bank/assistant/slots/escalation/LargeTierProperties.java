package com.bank.assistant.slots.escalation;

import java.util.UUID;

import com.bank.assistant.infra.SharedInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points slot-filling-service under test at the shared Kafka, Redis and contacts
 * database, its own rules topic and budget keys, and the local stand-in of the large
 * model.
 */
final class LargeTierProperties {

	private LargeTierProperties() {
	}

	static void register(DynamicPropertyRegistry registry, RulesTopic rules, ChatCompletionsServer largeModel) {
		SharedInfrastructure.springProperties("contacts").forEach((key, value) -> registry.add(key, () -> value));
		rules.create();
		registry.add("assistant.policy.gate.rules-topic", rules::name);
		registry.add("assistant.policy.gate.budget-prefix", () -> "it:" + UUID.randomUUID());
		registry.add("assistant.slots.escalation.enabled", () -> "true");
		registry.add("assistant.slots.escalation.base-url", largeModel::baseUrl);
		registry.add("assistant.slots.escalation.model", () -> "test-large");
		registry.add("assistant.slots.escalation.api-key", () -> "test-key");
	}

}
