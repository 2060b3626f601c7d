package com.bank.assistant.transfer.dialog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * One understood customer message, as the dialog reads it: the intent and the
 * conversation's slot frame as slot-filling-service keeps it.
 *
 * @param cause the envelope of the understood message
 * @param language the language to answer in
 * @param intent the intent from the NLU contract
 * @param alternatives the next most likely intents, best first
 * @param said slot name to value, as read from this message alone
 * @param frame slot name to normalized value, merged over the conversation
 * @param changed the frame slots this message set or replaced
 * @param missing the required slots still absent, in asking order
 * @param problems slot name to the reason its value was rejected or is unresolved
 * @param candidates the contacts a name matched when several did
 * @param handOff whether the retry limit was reached
 * @param unread whether the policy gate kept a model from reading the message (its
 * deadline was spent): the customer is asked to send it again
 */
public record Turn(Envelope cause, Language language, String intent, List<String> alternatives,
		Map<String, String> said, Map<String, String> frame, List<String> changed, List<String> missing,
		Map<String, String> problems, List<Recipient> candidates, boolean handOff, boolean unread) {

	/** The steps that read a message; without them nothing was understood. */
	private static final Set<String> READING_STEPS = Set.of("intent-detection", "slot-extraction");

	/** Slot of the amount, a decimal string. */
	public static final String AMOUNT = "amount";

	/** Slot of the ISO 4217 currency. */
	public static final String CURRENCY = "currency";

	/** Slot of the recipient's name. */
	public static final String RECIPIENT = "recipient";

	/** Slot of the normalized Pix key. */
	public static final String PIX_KEY = "pix_key";

	/** Slot of the ISO date. */
	public static final String DATE = "date";

	/** The turn an envelope of {@link SlotsUpdated} describes. */
	public static Turn of(Envelope envelope) {
		SlotsUpdated data = envelope.dataAs(SlotsUpdated.class);
		return new Turn(envelope, Language.of(data.locale()),
				(data.intent() != null) ? data.intent() : Intents.OUT_OF_SCOPE,
				listOf(data.alternatives()).stream().map(IntentScore::intent).toList(), values(data.extracted()),
				values(data.frame()), listOf(data.changed()), listOf(data.missing()),
				(data.problems() != null) ? Map.copyOf(data.problems()) : Map.of(), listOf(data.candidates()),
				data.handOff(), unread(data));
	}

	private static boolean unread(SlotsUpdated data) {
		return listOf(data.decisions()).stream()
			.anyMatch((decision) -> READING_STEPS.contains(decision.step()) && "BLOCK".equals(decision.outcome()));
	}

	/** The message as the customer wrote it. */
	public String text() {
		return this.cause.dataAs(SlotsUpdated.class).text();
	}

	/** The conversation. */
	public ConversationId conversation() {
		return this.cause.conversationid();
	}

	/** The customer who wrote. */
	public CustomerId customer() {
		return this.cause.customerid();
	}

	/** Id of the customer's message. */
	public String correlationId() {
		return this.cause.correlationid();
	}

	/** When the message was understood. */
	public Instant time() {
		return (this.cause.time() != null) ? this.cause.time() : Instant.EPOCH;
	}

	/** The value of a frame slot, or null. */
	public String slot(String name) {
		return this.frame.get(name);
	}

	/** The transfer the frame describes. */
	public Draft draft() {
		return Draft.of(this.frame);
	}

	private static <T> List<T> listOf(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	private static Map<String, String> values(Map<String, SlotValue> slots) {
		Map<String, String> values = new LinkedHashMap<>();
		if (slots != null) {
			slots.forEach((name, value) -> {
				if (value != null && value.value() != null && !value.value().isBlank()) {
					values.put(name, value.value().strip());
				}
			});
		}
		return Map.copyOf(values);
	}

}
