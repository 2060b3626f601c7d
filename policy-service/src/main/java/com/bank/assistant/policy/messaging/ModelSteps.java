package com.bank.assistant.policy.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.policy.decisions.SeenDecision;
import com.bank.assistant.policy.telemetry.StepSample;

/** Reads the model steps and gate decisions an NLU envelope reports. */
final class ModelSteps {

	/** The step of {@code IntentDetected}. */
	static final String INTENT_DETECTION = "intent-detection";

	/** The step of {@code SlotsUpdated}. */
	static final String SLOT_EXTRACTION = "slot-extraction";

	/** Steps whose samples come from their event's own usage, never twice. */
	private static final Set<String> REPORTED_BY_USAGE = Set.of(INTENT_DETECTION, SLOT_EXTRACTION);

	private ModelSteps() {
	}

	/**
	 * The samples of the envelope's model steps: the extractors' or intent model's, and
	 * every other gated step that ran (such as the large tier's), under its decision's
	 * step.
	 */
	static List<StepSample> samplesOf(Envelope envelope) {
		List<StepSample> samples = new ArrayList<>();
		if (envelope.data() instanceof IntentDetected intent) {
			add(samples, INTENT_DETECTION, intent.model(), envelope);
		}
		if (envelope.data() instanceof SlotsUpdated slots) {
			add(samples, SLOT_EXTRACTION, slots.model(), envelope);
			decisions(slots).stream()
				.filter((decision) -> decision.latencyMicros() != null && !REPORTED_BY_USAGE.contains(decision.step()))
				.forEach((decision) -> add(samples, decision.step(),
						new ModelUsage(decision.tier(), null, decision.latencyMicros(), decision.actualCost()),
						envelope));
		}
		return samples;
	}

	/**
	 * The gate decisions of a turn on the slots topic, or null when the envelope is not
	 * one.
	 */
	static List<SeenDecision> turnDecisions(Envelope envelope) {
		if (envelope.data() instanceof SlotsUpdated slots) {
			return decisions(slots).stream()
				.map((d) -> new SeenDecision(d.step(), d.tier(), d.outcome(), d.reason(), d.result()))
				.toList();
		}
		return null;
	}

	private static List<PolicyDecision> decisions(SlotsUpdated slots) {
		return (slots.decisions() != null) ? slots.decisions() : List.of();
	}

	private static void add(List<StepSample> samples, String step, ModelUsage usage, Envelope envelope) {
		if (usage != null && usage.model() != null) {
			samples.add(new StepSample(step, usage.model(), usage.version(), usage.latencyMicros(), usage.cost(),
					late(envelope)));
		}
	}

	private static boolean late(Envelope envelope) {
		return envelope.deadline() != null && envelope.time() != null && envelope.time().isAfter(envelope.deadline());
	}

}
