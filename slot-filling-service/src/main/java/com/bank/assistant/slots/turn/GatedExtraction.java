package com.bank.assistant.slots.turn;

import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.gate.Outcome;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.gate.StepRequest;
import com.bank.assistant.slots.extraction.Extraction;
import com.bank.assistant.slots.extraction.SlotFilling;

/**
 * The extractors as a turn runs them: the policy gate decides first, against the turn's
 * deadline and what it has spent. A blocked step reads nothing.
 */
public final class GatedExtraction {

	/** The step name decisions and telemetry carry. */
	public static final String STEP = "slot-extraction";

	private final SlotFilling filling;

	private final PolicyGate gate;

	/** The extractors of {@code filling}, each step decided by {@code gate}. */
	public GatedExtraction(SlotFilling filling, PolicyGate gate) {
		this.filling = filling;
		this.gate = gate;
	}

	/** What the message says for {@code intent}, if the gate lets the extractors run. */
	Read read(Envelope envelope, String intent) {
		PolicyDecision decision = this.gate.decide(new StepRequest(STEP, SlotFilling.MODEL, envelope.customerid(),
				envelope.modelCostSoFar(), null, envelope.deadline(), 0, 0, false));
		if (Outcome.BLOCK.of(decision)) {
			return new Read(new Extraction(Map.of(), null), decision);
		}
		IntentDetected detected = envelope.dataAs(IntentDetected.class);
		Extraction extraction = this.filling.extract(intent, detected.text(), detected.locale(), envelope.time());
		return new Read(extraction, decision.answeredAt(extraction.model()));
	}

	/**
	 * One message's reading.
	 *
	 * @param extraction what was read; nothing when the step was blocked
	 * @param decision the gate's decision, with what the step did once it ran
	 */
	record Read(Extraction extraction, PolicyDecision decision) {

		boolean blocked() {
			return Outcome.BLOCK.of(this.decision);
		}

	}

}
