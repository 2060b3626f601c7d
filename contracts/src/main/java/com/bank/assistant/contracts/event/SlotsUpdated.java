package com.bank.assistant.contracts.event;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The conversation's slot frame after one message: what the message said, the frame it
 * merged into (corrections replace), and what the intent still needs. transfer-service
 * acts on the frame; it never reads slots from the text itself.
 *
 * @param text the message
 * @param locale the language to answer in: the message's, or the conversation's when its
 * words did not tell ({@code pt-BR} at first)
 * @param intent the intent, carried forward (or the large model's, when it was escalated)
 * @param confidence the intent's confidence
 * @param alternatives the next most likely intents, best first (for clarification
 * buttons)
 * @param extracted the values read from this message alone (rejected ones are in
 * {@code problems} instead)
 * @param frame the conversation's merged slot values after this message: {@code amount},
 * {@code currency}, {@code recipient} (a resolved contact's full name, or the name said
 * with a typed key that is no contact's), {@code pix_key}, {@code date}; each span points
 * into the message that set the value
 * @param changed the frame slots this message set, replaced or removed
 * @param missing the intent's required slots still absent, in the order to ask them
 * @param problems slot name ({@code amount}, {@code pix_key}, {@code recipient}) to the
 * reason its value in this message was rejected ({@code NEGATIVE}, {@code ZERO},
 * {@code AMBIGUOUS_MULTIPLE}, {@code INVALID_CPF_CHECK_DIGITS}, ...) or the recipient is
 * unresolved ({@code AMBIGUOUS_CONTACT}, {@code UNKNOWN_CONTACT})
 * @param candidates the saved contacts a recipient name matched when more than one did
 * @param attempts the slot to ask next (the first missing) to how many times in a row it
 * has been asked, the question this update leads to included
 * @param handOff the retry limit was reached: offer a human agent
 * @param decisions the policy gate's decisions on this message's model steps
 * @param model the extractors' usage
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlotsUpdated(String text, String locale, String intent, double confidence, List<IntentScore> alternatives,
		Map<String, SlotValue> extracted, Map<String, SlotValue> frame, List<String> changed, List<String> missing,
		Map<String, String> problems, List<Recipient> candidates, Map<String, Integer> attempts, boolean handOff,
		List<PolicyDecision> decisions, ModelUsage model) implements NluEvent {

}
