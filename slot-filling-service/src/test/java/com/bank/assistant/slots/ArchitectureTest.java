package com.bank.assistant.slots;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.bank.assistant.slots", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule extractionIsFreeOfAdapters = noClasses().that()
		.resideInAPackage("..slots.extraction..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..slots.messaging..", "org.springframework..", "org.apache.kafka..",
				"com.bank.assistant.messaging..");

	/**
	 * The escalation's domain decides and rewrites the turn; the large model's HTTP
	 * client, Resilience4j and the wiring stay in its adapters (its settings record is
	 * the one Spring type it uses).
	 */
	@ArchTest
	static final ArchRule escalationIsFreeOfAdapters = noClasses().that()
		.resideInAPackage("com.bank.assistant.slots.escalation")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..escalation.llm..", "..escalation.config..", "..slots.messaging..", "org.apache.kafka..",
				"tools.jackson..", "io.github.resilience4j..", "java.net.http..", "org.springframework.data..",
				"org.springframework.kafka..", "org.springframework.cloud..");

	@ArchTest
	static final ArchRule theLargeModelClientDoesNotReachBack = noClasses().that()
		.resideInAPackage("..escalation.llm..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..escalation.config..", "..slots.messaging..");

}
