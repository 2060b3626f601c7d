package com.bank.assistant.transfer.dialog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsExtracted;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * One understood customer message, as the dialog reads it.
 *
 * @param conversation the conversation
 * @param customer the customer who wrote
 * @param correlationId id of the customer's message
 * @param time when the message was understood
 * @param language the language to answer in
 * @param intent the intent from the NLU contract
 * @param slots slot name to normalized value
 */
public record Turn(ConversationId conversation, CustomerId customer, String correlationId, Instant time,
		Language language, String intent, Map<String, String> slots) {

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

	/** The turn an envelope of {@link SlotsExtracted} describes. */
	public static Turn of(Envelope envelope) {
		SlotsExtracted data = envelope.dataAs(SlotsExtracted.class);
		Map<String, String> slots = new LinkedHashMap<>();
		if (data.slots() != null) {
			data.slots().forEach((name, value) -> put(slots, name, value));
		}
		Instant time = (envelope.time() != null) ? envelope.time() : Instant.now();
		return new Turn(envelope.conversationid(), envelope.customerid(), envelope.correlationid(), time,
				Language.of(data.locale()), (data.intent() != null) ? data.intent() : Intents.OUT_OF_SCOPE,
				Map.copyOf(slots));
	}

	/** The value of a slot, or null when the message did not fill it. */
	public String slot(String name) {
		return this.slots.get(name);
	}

	private static void put(Map<String, String> slots, String name, SlotValue value) {
		if (value != null && value.value() != null && !value.value().isBlank()) {
			slots.put(name, value.value().strip());
		}
	}

}
