package com.bank.assistant.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsExtracted;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.messaging.EventSource;

/** A Pix transfer turn as the services publish it, one envelope per topic. */
final class TurnMother {

	private static final String TEXT = "transfere 20 reais pra Ana";

	private TurnMother() {
	}

	/** Topic and envelope of each event of one turn, in causal order. */
	static List<Map.Entry<String, Envelope>> pixTransferTurn(String conversation) {
		Clock clock = Clock.systemUTC();
		Envelope message = new EventSource("gateway", clock).first(new ConversationId(conversation),
				new CustomerId("demo"), Instant.now().plus(Duration.ofSeconds(3)),
				new MessageReceived(TEXT, "pt-BR", "web"));
		ModelUsage rules = new ModelUsage("intent-rules", "interim-1", 180, new BigDecimal("0.000001"));
		Envelope intent = new EventSource("intent-service", clock).next(message,
				new IntentDetected(TEXT, "pt-BR", "pix_transfer", 0.97, List.of(), rules), rules);
		Envelope slots = new EventSource("slot-filling-service", clock).next(intent, new SlotsExtracted(TEXT, "pt-BR",
				"pix_transfer", 0.97, Map.of("amount", new SlotValue("20", 10, 12, 0.99)), rules), rules);
		EventSource transfers = new EventSource("transfer-service", clock);
		Envelope asked = transfers.next(slots, new TransferConfirmationRequested(new TransferId("t-1"),
				Money.brl("20.00"), new Recipient("Ana", "ana@example.com"), null));
		Envelope reply = transfers.next(asked, new AssistantReplied("Confirma R$ 20,00 para Ana?", "pt-BR",
				"pix_transfer", "confirming", List.of(), null));
		return List.of(Map.entry(Topics.CHAT_MESSAGES, message), Map.entry(Topics.NLU_INTENTS, intent),
				Map.entry(Topics.NLU_SLOTS, slots), Map.entry(Topics.TRANSFER_EVENTS, asked),
				Map.entry(Topics.DIALOG_REPLIES, reply));
	}

	/** One more customer message in the same conversation. */
	static Envelope followUp(String conversation) {
		return new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), null, new MessageReceived("sim", "pt-BR", "web"));
	}

}
