package com.bank.assistant.contracts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The intent of a customer's message.
 *
 * @param text the message
 * @param locale the message's language, {@code pt-BR} or {@code en}: the client's, or
 * read from its words; null when neither tells (a Pix key, a name), and the
 * conversation's language stands
 * @param intent the most likely intent
 * @param confidence its calibrated confidence in [0, 1]
 * @param alternatives the next most likely intents, best first
 * @param model the model that decided
 * @param decisions the policy gate's decision on the intent step, with what the step did
 * once it ran; a blocked step did not run, and the intent is then {@code out_of_scope}
 * with confidence 0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntentDetected(String text, String locale, String intent, double confidence,
		List<IntentScore> alternatives, ModelUsage model, List<PolicyDecision> decisions) implements NluEvent {

	/** Reads missing decisions (an event written before they existed) as none. */
	public IntentDetected {
		decisions = (decisions != null) ? List.copyOf(decisions) : List.of();
	}

	/** An intent decided with no gate decision recorded. */
	public IntentDetected(String text, String locale, String intent, double confidence, List<IntentScore> alternatives,
			ModelUsage model) {
		this(text, locale, intent, confidence, alternatives, model, List.of());
	}

	/** The same intent in this language. */
	public IntentDetected inLocale(String language) {
		return new IntentDetected(this.text, language, this.intent, this.confidence, this.alternatives, this.model,
				this.decisions);
	}

	/** The same intent with these gate decisions. */
	public IntentDetected withDecisions(List<PolicyDecision> gateDecisions) {
		return new IntentDetected(this.text, this.locale, this.intent, this.confidence, this.alternatives, this.model,
				gateDecisions);
	}

}
