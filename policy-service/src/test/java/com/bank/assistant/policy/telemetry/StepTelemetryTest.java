package com.bank.assistant.policy.telemetry;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StepTelemetryTest {

	private final List<StepSample> observed = new ArrayList<>();

	private final StepTelemetry telemetry = new StepTelemetry(Duration.ofMinutes(1), 6, new MutableClock(),
			List.of(this.observed::add));

	@Test
	void countsCostAndLateTurnsPerStepAndModel() {
		this.telemetry.record(intent(100, "0.000001", false));
		this.telemetry.record(intent(300, "0.000002", true));
		this.telemetry.record(new StepSample("slot-extraction", "slot-rules", "v1", 50, new BigDecimal("0.5"), false));

		List<StepFigures> figures = this.telemetry.figures();

		assertThat(figures).extracting(StepFigures::step).containsExactly("intent-detection", "slot-extraction");
		StepFigures intent = figures.get(0);
		assertThat(intent.count()).isEqualTo(2);
		assertThat(intent.totalCost()).isEqualByComparingTo("0.000003");
		assertThat(intent.meanCost()).isEqualByComparingTo("0.0000015");
		assertThat(intent.lateTurns()).isEqualTo(1);
		assertThat(intent.latencyMicros().max()).isEqualTo(300);
		assertThat(this.observed).hasSize(3);
	}

	@Test
	void modelsOfOneStepAreKeptApart() {
		this.telemetry.record(intent(100, "0.000001", false));
		this.telemetry.record(new StepSample("intent-detection", "large-model", "v9", 900_000, BigDecimal.ONE, false));

		assertThat(this.telemetry.figures()).extracting(StepFigures::model)
			.containsExactly("intent-rules", "large-model");
	}

	@Test
	void negativeLatencyIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> intent(-1, "0", false));
	}

	private static StepSample intent(long micros, String cost, boolean late) {
		return new StepSample("intent-detection", "intent-rules", "interim-1", micros, new BigDecimal(cost), late);
	}

}
