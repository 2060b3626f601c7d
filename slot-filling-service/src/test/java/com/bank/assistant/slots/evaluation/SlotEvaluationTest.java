package com.bank.assistant.slots.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.bank.assistant.slots.extraction.SlotFilling;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement the README reports: F1 per slot on the held-out set (asserted) and on
 * the dev set, and the extraction time per message (printed, never asserted).
 */
class SlotEvaluationTest {

	private static final Logger log = LoggerFactory.getLogger(SlotEvaluationTest.class);

	private static final List<String> TARGET_SLOTS = List.of("amount", "currency", "recipient", "pix_key", "date");

	private final SlotEvaluation evaluation = new SlotEvaluation(new SlotFilling(BigDecimal.ZERO));

	@Test
	void heldOutSetReachesTheTarget() {
		List<EvaluationCase> cases = EvaluationCase.load("/evaluation/heldout.jsonl");
		SlotEvaluation.Result result = report("held-out", cases);

		TARGET_SLOTS.forEach((slot) -> assertThat(result.f1(slot)).as("F1 of %s", slot).isGreaterThanOrEqualTo(0.97));
	}

	@Test
	void devSet() {
		report("dev", EvaluationCase.load("/evaluation/dev.jsonl"));
	}

	private SlotEvaluation.Result report(String name, List<EvaluationCase> cases) {
		SlotEvaluation.Result result = this.evaluation.score(cases);
		double[] micros = this.evaluation.timing(cases, 50, 30);
		log.info(String.format(Locale.ROOT,
				"%n%s set, %d messages%n%s"
						+ "extraction time per message, one thread, after warm-up: wall p50 %.1f µs, p99 %.1f µs;"
						+ " CPU p50 %.1f µs, p99 %.1f µs%nmismatches:%n%s",
				name, cases.size(), result.table(), micros[0], micros[1], micros[2], micros[3], result.misses()));
		return result;
	}

}
