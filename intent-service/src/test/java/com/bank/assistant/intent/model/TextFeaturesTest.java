package com.bank.assistant.intent.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {

	private static final ModelSettings TRIGRAMS = ModelSettings.defaults().withNGrams(2, 3, 3, false, 1);

	@Test
	void characterNGramsStayInsideWordsUnlessToldToCrossThem() {
		TextFeatures inside = TextFeatures.fit(List.of("Ab cd"), TRIGRAMS);
		TextFeatures across = TextFeatures.fit(List.of("Ab cd"), TRIGRAMS.withNGrams(2, 3, 3, true, 1));

		// w:ab, w:cd, b:ab cd and " ab", "ab ", " cd", "cd "; across words also "b c"
		assertThat(inside.dimension()).isEqualTo(7);
		assertThat(across.dimension()).isEqualTo(8);
		assertThat(inside.vector("b c").size()).isZero();
		assertThat(across.vector("b c").size()).isEqualTo(1);
	}

	@Test
	void wordNGramsGoUpToTheLongestAsked() {
		List<String> texts = List.of("faz um pix");

		assertThat(TextFeatures.fit(texts, ModelSettings.defaults().withNGrams(1, 9, 9, false, 1)).dimension())
			.isEqualTo(3);
		assertThat(TextFeatures.fit(texts, ModelSettings.defaults().withNGrams(3, 9, 9, false, 1)).dimension())
			.isEqualTo(6);
	}

	@Test
	void rareTermsAreDroppedBelowTheMinimumDocumentFrequency() {
		List<String> texts = List.of("pix agora", "pix amanha");

		assertThat(TextFeatures.fit(texts, ModelSettings.defaults().withNGrams(1, 9, 9, false, 2)).dimension())
			.isEqualTo(1);
	}

}
