package com.bank.assistant.slots.escalation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.messaging.EventSource;

/** Turns whose small model was unsure whether the customer wants a transfer. */
final class TurnMother {

	private TurnMother() {
	}

	/**
	 * "quero mandar {amount} pro João" read as {@code inform} with 0.35, transfer second,
	 * leaving {@code millisLeft} before the deadline.
	 */
	static Envelope unsureTransfer(String customer, String amount, long millisLeft) {
		String text = "quero mandar " + amount + " reais pro João";
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(
				new ConversationId("c-" + customer + "-" + amount), new CustomerId(customer),
				Instant.now().plusMillis(millisLeft), new MessageReceived(text, "pt-BR", "web"));
		ModelUsage usage = new ModelUsage("slot-extractors", "it", 40, new BigDecimal("0.000001"));
		Map<String, SlotValue> amountSlots = Map.of("amount", new SlotValue(amount, 13, 13 + amount.length(), 0.99),
				"currency", new SlotValue("BRL", 14, 19, 0.99));
		SlotsUpdated slots = new SlotsUpdated(text, "pt-BR", "inform", 0.35,
				List.of(new IntentScore("pix_transfer", 0.31), new IntentScore("check_balance", 0.12)), amountSlots,
				amountSlots, List.of("amount", "currency"), List.of("recipient"), Map.of(), List.of(), Map.of(), false,
				List.of(), usage);
		return new EventSource("slot-filling-service", Clock.systemUTC()).next(message, slots, usage);
	}

}
