package com.bank.assistant.intent.model;

import java.util.Arrays;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OnnxSentenceEncoderTest {

	private static final String TEXT = "I still have not received my new card, why?";

	@Test
	void meanPoolingIsTheVectorLangchain4jGivesForMiniLm() {
		float[] ours = OnnxSentenceEncoder.named("minilm-q").encode(TEXT);
		float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(TEXT).content().vector();

		assertThat(ours).hasSize(384);
		for (int i = 0; i < ours.length; i++) {
			assertThat(ours[i]).isCloseTo(theirs[i], within(1e-5f));
		}
	}

	@Test
	void unquantizedMiniLmIsLangchain4jsVectorOfUnitLengthAndNotTheQuantizedOne() {
		float[] ours = OnnxSentenceEncoder.named("minilm").encode(TEXT);
		float[] theirs = new AllMiniLmL6V2EmbeddingModel().embed(TEXT).content().vector();
		float[] quantized = OnnxSentenceEncoder.named("minilm-q").encode(TEXT);

		assertThat(ours).hasSize(384);
		assertThat(length(ours)).isCloseTo(1.0, within(1e-4));
		for (int i = 0; i < ours.length; i++) {
			assertThat(ours[i]).isCloseTo(theirs[i], within(1e-5f));
		}
		double cosine = 0;
		for (int i = 0; i < ours.length; i++) {
			cosine += ours[i] * quantized[i];
		}
		assertThat(cosine).isBetween(0.9, 0.9999);
	}

	@Test
	void severalPoolingsOfOnePassSitSideBySideEachOfUnitLength() {
		SentenceEncoder pooled = OnnxSentenceEncoder.named("minilm-q:mean,max,cls");

		float[] vector = pooled.encode(TEXT);

		assertThat(pooled.name()).isEqualTo("minilm-q:mean,max,cls");
		assertThat(pooled.dimension()).isEqualTo(1152).isEqualTo(vector.length);
		assertThat(Arrays.copyOfRange(vector, 0, 384))
			.containsExactly(OnnxSentenceEncoder.named("minilm-q").encode(TEXT));
		assertThat(length(Arrays.copyOfRange(vector, 384, 768))).isCloseTo(1.0, within(1e-4));
		assertThat(length(Arrays.copyOfRange(vector, 768, 1152))).isCloseTo(1.0, within(1e-4));
		assertThat(Arrays.copyOfRange(vector, 384, 768)).isNotEqualTo(Arrays.copyOfRange(vector, 768, 1152));
	}

	@Test
	void anEarlierLayerIsReadFromTheSamePassAndTheLastLayerIsTheModelsOwnOutput() {
		SentenceEncoder layers = OnnxSentenceEncoder.named("minilm-q:mean@6,mean@5");

		float[] vector = layers.encode(TEXT);

		assertThat(vector).hasSize(768);
		assertThat(Arrays.copyOfRange(vector, 0, 384))
			.containsExactly(OnnxSentenceEncoder.named("minilm-q").encode(TEXT));
		float[] fifth = Arrays.copyOfRange(vector, 384, 768);
		assertThat(length(fifth)).isCloseTo(1.0, within(1e-4));
		assertThat(fifth).isNotEqualTo(Arrays.copyOfRange(vector, 0, 384));
		assertThat(OnnxSentenceEncoder.named("minilm-q:cls@5").encode(TEXT)).hasSize(384)
			.isNotEqualTo(OnnxSentenceEncoder.named("minilm-q:cls").encode(TEXT));
	}

	@Test
	void aLayerTheEncoderDoesNotHaveIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxSentenceEncoder.named("minilm-q:mean@7"))
			.withMessageContaining("layers 1 to 6");
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxSentenceEncoder.named("minilm-q:mean@0"));
	}

	private static double length(float[] vector) {
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		return Math.sqrt(sum);
	}

}
