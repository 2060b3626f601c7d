package com.bank.assistant.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.bank.assistant.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainIsFreeOfAdapters = noClasses().that()
		.resideInAPackage("..gateway.chat..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..gateway.conversations..", "..gateway.messaging..", "..gateway.web..",
				"..gateway.security..", "..gateway.ratelimit..", "com.bank.assistant.messaging..",
				"org.springframework..", "org.apache.kafka..", "io.lettuce..", "tools.jackson..");

	@ArchTest
	static final ArchRule redisAdapterStandsAlone = noClasses().that()
		.resideInAPackage("..gateway.conversations..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..gateway.messaging..", "..gateway.web..", "..gateway.security..",
				"..gateway.ratelimit..");

	@ArchTest
	static final ArchRule kafkaAdapterStandsAlone = noClasses().that()
		.resideInAPackage("..gateway.messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..gateway.conversations..", "..gateway.web..", "..gateway.security..",
				"..gateway.ratelimit..");

	@ArchTest
	static final ArchRule noCycles = slices().matching("com.bank.assistant.gateway.(*)..").should().beFreeOfCycles();

}
