package com.bank.assistant.policy.messaging;

import java.util.Optional;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.SlotsExtracted;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.policy.telemetry.StepSample;

/** Reads the model step an NLU envelope reports, if it reports one. */
final class ModelSteps {

	/** The step of {@code IntentDetected}. */
	static final String INTENT_DETECTION = "intent-detection";

	/** The step of {@code SlotsUpdated} (and of {@code SlotsExtracted} before it). */
	static final String SLOT_EXTRACTION = "slot-extraction";

	private ModelSteps() {
	}

	/**
	 * The sample of the envelope's model step; empty for other events or a missing usage.
	 */
	static Optional<StepSample> sampleOf(Envelope envelope) {
		if (envelope.data() instanceof IntentDetected intent) {
			return sample(INTENT_DETECTION, intent.model(), envelope);
		}
		if (envelope.data() instanceof SlotsUpdated slots) {
			return sample(SLOT_EXTRACTION, slots.model(), envelope);
		}
		if (envelope.data() instanceof SlotsExtracted slots) {
			return sample(SLOT_EXTRACTION, slots.model(), envelope);
		}
		return Optional.empty();
	}

	private static Optional<StepSample> sample(String step, ModelUsage usage, Envelope envelope) {
		if (usage == null || usage.model() == null) {
			return Optional.empty();
		}
		return Optional.of(new StepSample(step, usage.model(), usage.version(), usage.latencyMicros(), usage.cost(),
				late(envelope)));
	}

	private static boolean late(Envelope envelope) {
		return envelope.deadline() != null && envelope.time() != null && envelope.time().isAfter(envelope.deadline());
	}

}
