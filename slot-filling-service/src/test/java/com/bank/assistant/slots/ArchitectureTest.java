package com.bank.assistant.slots;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.bank.assistant.slots", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainIsFreeOfAdapters = noClasses().that()
		.resideInAnyPackage("..slots.extraction..", "..slots.contacts..", "..slots.frame..", "..slots.turn..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..slots.messaging..", "..slots.persistence..", "org.springframework..",
				"org.apache.kafka..", "io.lettuce..", "java.sql..", "tools.jackson..", "com.bank.assistant.messaging..",
				"com.bank.assistant.catalog..");

	@ArchTest
	static final ArchRule noCycles = slices().matching("com.bank.assistant.slots.(*)..").should().beFreeOfCycles();

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
