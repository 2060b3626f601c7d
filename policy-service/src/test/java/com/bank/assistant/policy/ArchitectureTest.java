package com.bank.assistant.policy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.bank.assistant.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] ADAPTERS_AND_FRAMEWORKS = { "..policy.messaging..", "..policy.metrics..",
			"..policy.web..", "..policy.persistence..", "java.sql..", "org.springframework..", "org.apache.kafka..",
			"io.micrometer..", "tools.jackson..", "com.fasterxml.jackson..", "com.bank.assistant.messaging..",
			"com.bank.assistant.contracts.." };

	@ArchTest
	static final ArchRule telemetryIsFreeOfAdapters = noClasses().that()
		.resideInAPackage("..policy.telemetry..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ADAPTERS_AND_FRAMEWORKS);

	@ArchTest
	static final ArchRule catalogIsFreeOfAdapters = noClasses().that()
		.resideInAPackage("..policy.catalog..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ADAPTERS_AND_FRAMEWORKS);

	@ArchTest
	static final ArchRule rulesAreFreeOfAdapters = noClasses().that()
		.resideInAPackage("..policy.rules..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ADAPTERS_AND_FRAMEWORKS);

	@ArchTest
	static final ArchRule decisionsAreFreeOfAdapters = noClasses().that()
		.resideInAPackage("..policy.decisions..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ADAPTERS_AND_FRAMEWORKS);

	@ArchTest
	static final ArchRule adaptersDoNotUseEachOther = noClasses().that()
		.resideInAnyPackage("..policy.messaging..", "..policy.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..policy.metrics..", "..policy.persistence..");

	@ArchTest
	static final ArchRule noCycles = slices().matching("com.bank.assistant.policy.(*)..").should().beFreeOfCycles();

}
