package com.bank.assistant.transfer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.bank.assistant.transfer");

	@Test
	void domainDependsOnNoAdapterNorFramework() {
		noClasses().that()
			.resideInAnyPackage("..transfer.dialog..", "..transfer.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..transfer.messaging..", "..transfer.persistence..", "..transfer.config..",
					"com.bank.assistant.messaging..", "org.springframework..", "org.apache.kafka..", "io.lettuce..",
					"tools.jackson..", "java.sql..", "javax.sql..")
			.check(this.classes);
	}

	@Test
	void ledgerDoesNotKnowTheDialog() {
		noClasses().that()
			.resideInAPackage("..transfer.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..transfer.dialog..")
			.check(this.classes);
	}

	@Test
	void adaptersDoNotUseEachOther() {
		noClasses().that()
			.resideInAPackage("..transfer.persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..transfer.messaging..", "org.springframework.cloud..", "org.springframework.kafka..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("..transfer.messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..transfer.persistence..", "..transfer.statemachine..", "..transfer.web..")
			.check(this.classes);
	}

	@Test
	void theStateMachineOnlyWiresTheDialogsSteps() {
		noClasses().that()
			.resideInAPackage("..transfer.statemachine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..transfer.persistence..", "..transfer.messaging..", "..transfer.web..",
					"..transfer.ledger..", "org.apache.kafka..", "java.sql..")
			.check(this.classes);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("com.bank.assistant.transfer.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
