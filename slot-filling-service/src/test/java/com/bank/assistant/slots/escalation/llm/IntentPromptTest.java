package com.bank.assistant.slots.escalation.llm;

import com.bank.assistant.catalog.IntentCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntentPromptTest {

	private final IntentCatalog catalog = IntentCatalog.load();

	private final IntentPrompt prompt = new IntentPrompt(this.catalog);

	@Test
	void everyIntentOfTheCatalogIsOffered() {
		assertThat(this.prompt.intents()).containsExactlyElementsOf(this.catalog.names());
		this.catalog.names().forEach((intent) -> assertThat(this.prompt.system()).contains("- " + intent + ": "));
	}

	@Test
	void theInputBoundIsTheCharactersOverThreePlusTheMessagesOverhead() {
		String text = "transfere 20 reais pra Ana";
		long characters = this.prompt.system().length() + text.length();

		// The figure the README's cost per turn uses: 1,093 characters -> 381 tokens at
		// most.
		assertThat(characters).isEqualTo(1093);
		assertThat(this.prompt.inputTokensAtMost(text)).isEqualTo((characters + 2) / 3 + 16).isEqualTo(381);
	}

}
