package com.bank.assistant.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog this module ships: the v1 intents of the NLU contract, and lint-free. */
class ShippedCatalogTest {

	/** The build's bar for a new intent: this many examples per locale. */
	static final int MIN_EXAMPLES_PER_LOCALE = 20;

	private final IntentCatalog catalog = IntentCatalog.load();

	@Test
	void passesTheLinter() {
		assertThat(new CatalogLinter(MIN_EXAMPLES_PER_LOCALE).lint(this.catalog)).isEmpty();
	}

	@Test
	void holdsTheV1IntentsOfTheNluContract() {
		assertThat(this.catalog.names()).containsExactlyInAnyOrder("pix_transfer", "check_balance", "list_transactions",
				"inform", "affirm", "deny", "cancel", "greet", "goodbye", "thanks", "help", "human_handoff",
				"out_of_scope");
	}

	@Test
	void smallTalkHelpHandoffAndOutOfScopeAreAnsweredFromTheCatalog() {
		List<String> faq = List.of("greet", "goodbye", "thanks", "help", "human_handoff", "out_of_scope");
		for (String intent : faq) {
			assertThat(this.catalog.answer(intent, "pt-BR")).as(intent).isPresent();
			assertThat(this.catalog.answer(intent, "en")).as(intent).isPresent();
		}
		assertThat(this.catalog.intent("pix_transfer").orElseThrow().isFaq()).isFalse();
	}

	@Test
	void theTransferIntentDeclaresItsSlotsAndConfirmation() {
		IntentDefinition pix = this.catalog.intent("pix_transfer").orElseThrow();
		assertThat(pix.slots()).extracting(SlotRequirement::name).contains("amount", "recipient");
		assertThat(pix.confirmation()).containsKeys("pt-BR", "en");
		assertThat(pix.handler()).isEqualTo("transfer-service");
	}

	@Test
	void hasHundredsOfExamplesInBothLanguages() {
		assertThat(this.catalog.examples()).hasSizeGreaterThan(500);
		assertThat(this.catalog.examples()).extracting(LabeledExample::locale).contains("pt-BR", "en");
	}

}
