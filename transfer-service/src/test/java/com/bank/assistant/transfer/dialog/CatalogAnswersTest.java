package com.bank.assistant.transfer.dialog;

import java.util.List;
import java.util.Map;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.catalog.IntentDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogAnswersTest {

	@Test
	void aNewFaqIntentNeedsOnlyItsCatalogEntry() {
		CatalogAnswers answers = CatalogAnswers.of(new IntentCatalog(
				List.of(faq("opening_hours", "Atendemos 24 horas por dia.", "We are open around the clock."),
						faq("out_of_scope", "Desculpe, não sei.", "Sorry, I don't know."))));

		assertThat(answers.answer("opening_hours", Language.PT_BR)).isEqualTo("Atendemos 24 horas por dia.");
		assertThat(answers.answer("opening_hours", Language.EN)).isEqualTo("We are open around the clock.");
		assertThat(answers.answer("unknown_intent", Language.EN)).isEqualTo("Sorry, I don't know.");
	}

	@Test
	void everyFaqIntentOfTheShippedCatalogIsAnsweredInBothLanguages() {
		IntentCatalog catalog = IntentCatalog.load();
		catalog.intents().stream().filter(IntentDefinition::isFaq).forEach((intent) -> {
			for (Language language : Language.values()) {
				assertThat(CatalogAnswers.shipped().answer(intent.name(), language))
					.isEqualTo(intent.answer(language.tag()).orElseThrow());
			}
		});
	}

	private static IntentDefinition faq(String name, String portuguese, String english) {
		return new IntentDefinition(name, name, "transfer-service", 1000, Map.of(), List.of(), Map.of(),
				Map.of("pt-BR", portuguese, "en", english));
	}

}
