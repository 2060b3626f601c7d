package com.bank.assistant.gate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.bank.assistant.gate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainIsFreeOfAdapters = noClasses().that()
		.resideInAPackage("com.bank.assistant.gate")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..gate.feed..", "..gate.budget..", "..gate.metrics..", "..gate.config..",
				"org.springframework..", "org.apache.kafka..", "io.micrometer..", "tools.jackson..",
				"com.bank.assistant.messaging..");

	@ArchTest
	static final ArchRule adaptersDoNotReachIntoTheWiring = noClasses().that()
		.resideInAnyPackage("..gate.feed..", "..gate.budget..", "..gate.metrics..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..gate.config..");

	@ArchTest
	static final ArchRule noCycles = slices().matching("com.bank.assistant.gate.(*)..").should().beFreeOfCycles();

}
