package com.bank.assistant.intent.model;

import java.util.stream.Stream;

import com.bank.assistant.intent.detection.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TrainedIntentClassifierTest {

	private final TrainedIntentClassifier classifier = new TrainedIntentClassifier(TrainedCatalogModel.MODEL,
			IntentModels.OUT_OF_SCOPE_THRESHOLD);

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			transfere 20 reais pra Ana   | pix_transfer  | pt-BR
			Ana Souza                    | inform        | none
			sim                          | affirm        | pt-BR
			manda 15 reais pra Carla     | pix_transfer  | pt-BR
			qual meu saldo?              | check_balance | pt-BR
			send 50 BRL to John          | pix_transfer  | en
			what's my balance?           | check_balance | en
			""")
	void theEndToEndConversationIsUnderstood(String text, String intent, String locale) {
		Classification result = this.classifier.classify(text, null);

		assertThat(result.best().intent()).isEqualTo(intent);
		assertThat(result.locale()).isEqualTo(locale);
		assertThat(result.best().confidence()).isBetween(0.0, 1.0);
	}

	@Test
	void itNamesTheNextThreeCandidatesBestFirst() {
		Classification result = this.classifier.classify("transfere 20 reais pra Ana", "pt-BR");

		assertThat(result.alternatives()).hasSize(3);
		assertThat(result.alternatives()).extracting((score) -> score.confidence())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a))
			.allMatch((confidence) -> confidence <= result.best().confidence());
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of(""), Arguments.of("   \t\n "), Arguments.of("😀🎉👍"), Arguments.of("你好，我想查余额"),
				Arguments.of("Привет, как дела"), Arguments.of("مرحبا"), Arguments.of((String) null));
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void unreadableInputIsOutOfScope(String text) {
		assertThat(this.classifier.classify(text, null).best().intent()).isEqualTo("out_of_scope");
	}

	@Test
	void tenThousandCharactersAreReadQuicklyAndNeverCrash() {
		String huge = "transfere 20 reais pra Ana ".repeat(400).substring(0, 10_000);
		long started = System.nanoTime();

		Classification result = this.classifier.classify(huge, null);

		assertThat(result.best().intent()).isNotBlank();
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	@Test
	void mixedLanguagesGetAnAnswer() {
		Classification result = this.classifier.classify("oi, can you mandar 20 reais pra Ana please?", null);

		assertThat(result.best().intent()).isIn("pix_transfer", "out_of_scope");
	}

	@Test
	void theVersionIsAHashOfDataAndSettings() {
		IntentModel again = IntentModels.production().train(TrainedCatalogModel.CATALOG.examples());
		IntentModel other = IntentModels.production()
			.train(TrainedCatalogModel.CATALOG.examples().subList(1, TrainedCatalogModel.CATALOG.examples().size()));
		IntentModel otherSettings = IntentModels.with(ModelSettings.defaults().withCost(30))
			.train(TrainedCatalogModel.CATALOG.examples());

		assertThat(again.version()).isEqualTo(TrainedCatalogModel.MODEL.version()).hasSize(16);
		assertThat(other.version()).isNotEqualTo(again.version());
		assertThat(otherSettings.version()).isNotEqualTo(again.version());
	}

	@Test
	void theSameDataAndSettingsGiveTheSameModelWhateverWasTrainedBefore() {
		IntentModels.with(ModelSettings.defaults().withCost(3))
			.train(TrainedCatalogModel.CATALOG.examples().subList(7, TrainedCatalogModel.CATALOG.examples().size()));
		IntentModel again = IntentModels.production().train(TrainedCatalogModel.CATALOG.examples());

		assertThat(again.temperature()).isEqualTo(TrainedCatalogModel.MODEL.temperature());
		for (String text : new String[] { "transfere 20 reais pra Ana", "qto tenho", "tchau", "what's my balance?" }) {
			assertThat(again.probabilities(text)).containsExactly(TrainedCatalogModel.MODEL.probabilities(text));
		}
	}

}
