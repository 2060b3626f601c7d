package com.bank.assistant.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogLinterTest {

	private final CatalogLinter linter = new CatalogLinter(3);

	@Test
	void aCompleteCatalogPasses() {
		assertThat(this.linter.lint(new IntentCatalog(List.of(intent("greet", "oi", "olá", "bom dia"))))).isEmpty();
	}

	@Test
	void duplicatesCountWithoutCaseAccentsOrPunctuation() {
		assertThat(this.linter.lint(new IntentCatalog(List.of(intent("greet", "Olá!", "ola", "bom dia")))))
			.containsExactly("greet: duplicate pt-BR example 'ola'");
	}

	@Test
	void tooFewExamplesPerLocaleFail() {
		assertThat(this.linter.lint(new IntentCatalog(List.of(intent("greet", "oi", "olá")))))
			.containsExactly("greet: 2 pt-BR examples, at least 3 needed");
	}

	@Test
	void anExampleClaimedByTwoIntentsFails() {
		IntentCatalog catalog = new IntentCatalog(
				List.of(intent("affirm", "sim", "pode", "ok"), intent("thanks", "valeu", "OK!", "obrigado")));
		assertThat(this.linter.lint(catalog)).containsExactly("'OK!' is an example of both affirm and thanks");
	}

	@Test
	void anFaqAnswerNeedsBothLanguages() {
		IntentDefinition greet = intent("greet", "oi", "olá", "bom dia");
		IntentDefinition halfAnswered = new IntentDefinition("greet", "hello", "transfer-service", 1000,
				greet.examples(), List.of(), Map.of(), Map.of("pt-BR", "Olá!"));
		assertThat(this.linter.lint(new IntentCatalog(List.of(halfAnswered))))
			.containsExactly("greet: the answer has no en text");
	}

	private static IntentDefinition intent(String name, String... portuguese) {
		List<String> english = IntStream.range(0, 3).mapToObj((i) -> name + " example " + i).toList();
		return new IntentDefinition(name, "test", "transfer-service", 1000,
				Map.of("pt-BR", List.of(portuguese), "en", english), List.of(), Map.of(), Map.of());
	}

}
