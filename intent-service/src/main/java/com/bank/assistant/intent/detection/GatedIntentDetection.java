package com.bank.assistant.intent.detection;

import java.util.List;

import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.gate.Outcome;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.gate.StepRequest;

/**
 * Intent detection as the service runs it: the policy gate decides before the model runs,
 * and the decision travels in the event with what the step then did. A blocked step does
 * not run: the message is {@code out_of_scope} with confidence 0 and no model, and the
 * dialog asks the customer to send it again.
 */
public final class GatedIntentDetection {

	/** The step name decisions and telemetry carry. */
	public static final String STEP = "intent-detection";

	/** What a message is when the model could not be asked. */
	static final String OUT_OF_SCOPE = "out_of_scope";

	private final IntentDetection detection;

	private final PolicyGate gate;

	private final LocaleDetector locales = new LocaleDetector();

	/** {@code detection}, each step decided by {@code gate}. */
	public GatedIntentDetection(IntentDetection detection, PolicyGate gate) {
		this.detection = detection;
		this.gate = gate;
	}

	/** The intent of the message, if the gate lets the model run on this turn. */
	public IntentDetected detect(MessageReceived message, TurnSoFar turn) {
		PolicyDecision decision = this.gate.decide(new StepRequest(STEP, this.detection.modelName(), turn.customer(),
				turn.spent(), null, turn.deadline(), 0, 0, false));
		if (Outcome.BLOCK.of(decision)) {
			return new IntentDetected(message.text(), this.locales.languageOf(message.locale(), message.text()),
					OUT_OF_SCOPE, 0, List.of(), null, List.of(decision));
		}
		IntentDetected detected = this.detection.detect(message);
		return detected.withDecisions(List.of(decision.answeredAt(detected.model())));
	}

}
