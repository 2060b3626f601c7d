package com.bank.assistant.intent.model;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConcatenatedEncoderTest {

	@Test
	void bothEncodersVectorsSitSideBySideEachOfUnitLength() {
		SentenceEncoder both = IntentModels.encoder("minilm-q+bge-small-q");
		SentenceEncoder first = IntentModels.encoder("minilm-q");

		float[] vector = both.encode("transfere 20 reais pra Ana");

		assertThat(both.name()).isEqualTo("minilm-q+bge-small-q");
		assertThat(both.dimension()).isEqualTo(768).isEqualTo(vector.length);
		assertThat(Arrays.copyOfRange(vector, 0, 384)).containsExactly(first.encode("transfere 20 reais pra Ana"));
		assertThat(length(Arrays.copyOfRange(vector, 384, 768))).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void noneMeansNGramsOnly() {
		assertThat(IntentModels.encoder("none")).isNull();
	}

	private static double length(float[] vector) {
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		return Math.sqrt(sum);
	}

}
