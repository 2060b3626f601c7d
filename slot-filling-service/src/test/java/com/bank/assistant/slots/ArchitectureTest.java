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

}
