package com.bank.assistant.slots.turn;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;

/**
 * Decides which intent a message's slots are read for. The one place where the detected
 * intent, its confidence, alternatives and the policy gate's decisions enter slot
 * filling: an escalation to a larger model implements this port.
 */
@FunctionalInterface
public interface IntentReview {

	/** Takes the detected intent as it is. */
	IntentReview AS_DETECTED = (envelope) -> ReviewedIntent.asDetected(envelope.dataAs(IntentDetected.class));

	/**
	 * The intent for the message of an {@code IntentDetected} envelope (its deadline and
	 * model cost so far are in the envelope).
	 */
	ReviewedIntent review(Envelope detected);

}
