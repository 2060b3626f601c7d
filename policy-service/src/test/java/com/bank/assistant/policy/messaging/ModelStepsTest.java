package com.bank.assistant.policy.messaging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.policy.decisions.SeenDecision;
import com.bank.assistant.policy.telemetry.StepSample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelStepsTest {

	@Test
	void aSlotsUpdatedReportsTheSlotExtractionStep() {
		EventSource events = new EventSource("slot-filling-service", Clock.systemUTC());
		Envelope message = events.first(new ConversationId("c-1"), new CustomerId("demo"), Instant.now().plusSeconds(3),
				new MessageReceived("50", "pt-BR", "api"));
		ModelUsage usage = new ModelUsage("slot-extractors", "v1", 140, new BigDecimal("0.000001"));
		List<PolicyDecision> ran = List.of(ran("intent-detection", "intent-model", 900),
				ran("slot-extraction", "slot-extractors", 140));
		Envelope update = events.next(message, new SlotsUpdated("50", "pt-BR", "inform", 0.99, List.of(), Map.of(),
				Map.of(), List.of(), List.of(), Map.of(), List.of(), Map.of(), false, ran, usage), usage);

		StepSample sample = ModelSteps.samplesOf(update).get(0);

		assertThat(ModelSteps.samplesOf(update)).hasSize(1);
		assertThat(sample.step()).isEqualTo(ModelSteps.SLOT_EXTRACTION);
		assertThat(sample.model()).isEqualTo("slot-extractors");
		assertThat(ModelSteps.turnDecisions(update)).extracting(SeenDecision::step)
			.containsExactly("intent-detection", "slot-extraction");
	}

	private static PolicyDecision ran(String step, String tier, long micros) {
		return new PolicyDecision(step, tier, "ALLOW", "within_limits", "rules-1", new BigDecimal("0.000001"),
				BigDecimal.ZERO, null, 2000, 3)
			.ran("answered", new BigDecimal("0.000001"), micros);
	}

}
