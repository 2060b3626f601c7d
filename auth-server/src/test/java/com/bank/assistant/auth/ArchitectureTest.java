package com.bank.assistant.auth;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.bank.assistant.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule loginClientIsPlainJava = noClasses().that()
		.resideInAPackage("..auth.client..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "tools.jackson..", "com.bank.assistant.auth.security..",
				"com.bank.assistant.auth.users..");

	@ArchTest
	static final ArchRule noCycles = slices().matching("com.bank.assistant.auth.(*)..").should().beFreeOfCycles();

}
