package com.bank.assistant.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.bank.assistant.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainIsFreeOfAdapters = noClasses().that()
		.resideInAnyPackage("..audit.trail..", "..audit.pii..", "..audit.compliance..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..audit.messaging..", "..audit.persistence..", "..audit.web..", "org.springframework..",
				"org.apache.kafka..", "java.sql..", "javax.sql..", "com.bank.assistant.messaging..");

	@ArchTest
	static final ArchRule personalDataKnowsNoTrail = noClasses().that()
		.resideInAPackage("..audit.pii..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..audit.trail..", "..audit.compliance..");

	@ArchTest
	static final ArchRule messagingStandsAlone = adapterIsolated("messaging", "persistence", "web");

	@ArchTest
	static final ArchRule persistenceStandsAlone = adapterIsolated("persistence", "messaging", "web");

	@ArchTest
	static final ArchRule webStandsAlone = adapterIsolated("web", "messaging", "persistence");

	@ArchTest
	static final ArchRule noCycles = slices().matching("com.bank.assistant.audit.(*)..").should().beFreeOfCycles();

	private static ArchRule adapterIsolated(String adapter, String... others) {
		String[] packages = new String[others.length];
		for (int i = 0; i < others.length; i++) {
			packages[i] = "..audit." + others[i] + "..";
		}
		return noClasses().that()
			.resideInAPackage("..audit." + adapter + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages);
	}

}
