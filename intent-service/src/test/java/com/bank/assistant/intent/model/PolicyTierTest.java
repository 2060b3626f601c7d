package com.bank.assistant.intent.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production model's name is a tier of policy-service's model catalog: the policy
 * gate blocks every step on a tier it does not know, so a model renamed (a new head, a
 * new encoder) without its tier would leave no message understood.
 */
class PolicyTierTest {

	private static final Path POLICY_CATALOG = Path.of("../policy-service/src/main/resources/application.yml");

	@Test
	void policyServiceListsTheProductionModelAsATier() throws IOException {
		String name = new TrainedIntentClassifier(TrainedCatalogModel.MODEL, 0.4).name();

		assertThat(Files.readString(POLICY_CATALOG)).as("a tier of " + POLICY_CATALOG).contains("- name: " + name);
	}

}
