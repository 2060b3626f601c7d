package com.bank.assistant.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.ModelUsage;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsExtracted;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.event.TransferRefused;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.messaging.EventSource;

/** A Pix transfer turn as the services publish it, one envelope per topic. */
final class TurnMother {

	private static final String TEXT = "transfere 20 reais pra Ana";

	private static final TransferId TRANSFER = new TransferId("E12345678202603161300abcDEF12345");

	private static final Recipient ANA = new Recipient("Ana Souza", "ana.souza@example.com");

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

	/**
	 * A whole Pix transfer as the services publish it: the customer asks, the assistant
	 * asks to confirm, the customer confirms, the transfer is executed and the receipt
	 * shown. Topic and envelope of each event, in causal order.
	 */
	static List<Map.Entry<String, Envelope>> fullTransferConversation(String conversation, String customer) {
		Clock clock = Clock.systemUTC();
		EventSource transfers = new EventSource("transfer-service", clock);
		List<Map.Entry<String, Envelope>> events = new ArrayList<>();
		Envelope slots = customerTurn(events, conversation, customer, TEXT);
		Envelope asked = transfers.next(slots,
				new TransferConfirmationRequested(TRANSFER, Money.brl("20.00"), ANA, null));
		events.add(Map.entry(Topics.TRANSFER_EVENTS, asked));
		events.add(Map.entry(Topics.DIALOG_REPLIES,
				transfers.next(asked, new AssistantReplied("Confirma o envio de R$ 20,00 para Ana Souza?", "pt-BR",
						"pix_transfer", "AWAITING_CONFIRMATION", List.of(new QuickReply("Confirmar", "sim")), null))));
		Envelope yes = customerTurn(events, conversation, customer, "sim");
		Envelope confirmed = transfers.next(yes, new TransferConfirmed(TRANSFER, Money.brl("20.00"), ANA, yes.id()));
		Envelope executed = transfers.next(confirmed,
				new TransferExecuted(TRANSFER, Money.brl("20.0"), ANA, Money.brl("980.00"), Instant.now()));
		events.add(Map.entry(Topics.TRANSFER_EVENTS, confirmed));
		events.add(Map.entry(Topics.TRANSFER_EVENTS, executed));
		events.add(Map.entry(Topics.DIALOG_REPLIES,
				transfers.next(executed, new AssistantReplied("Pronto! R$ 20,00 para Ana Souza.", "pt-BR",
						"pix_transfer", "COMPLETED", List.of(),
						new TransferReceipt(TRANSFER, Money.brl("20.00"), ANA, Money.brl("980.00"), Instant.now())))));
		return events;
	}

	/** A transfer executed with no confirmation before it in its conversation. */
	static Envelope unconfirmedExecution(String conversation, String customer) {
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId(customer), null, new MessageReceived("oi", "pt-BR", "web"));
		return new EventSource("transfer-service", Clock.systemUTC()).next(message,
				new TransferExecuted(TRANSFER, Money.brl("20.00"), ANA, Money.brl("980.00"), Instant.now()));
	}

	/** A refusal with this reason code. */
	static Envelope refusal(String conversation, String reason) {
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), null, new MessageReceived("sim", "pt-BR", "web"));
		return new EventSource("transfer-service", Clock.systemUTC()).next(message,
				new TransferRefused(TRANSFER, Money.brl("2000.00"), ANA, reason));
	}

	/**
	 * A message full of personal data and the confirmation it leads to, to a recipient
	 * whose Pix key is a CPF.
	 */
	static List<Map.Entry<String, Envelope>> personalDataTurn(String conversation) {
		List<Map.Entry<String, Envelope>> events = new ArrayList<>();
		Envelope slots = customerTurn(events, conversation, "demo", PERSONAL_TEXT);
		events
			.add(Map.entry(Topics.TRANSFER_EVENTS,
					new EventSource("transfer-service", Clock.systemUTC()).next(slots,
							new TransferConfirmationRequested(TRANSFER, Money.brl("20.00"),
									new Recipient("Ana Souza", "12345678909"), null))));
		return events;
	}

	/** What the customer writes in {@link #personalDataTurn}. */
	static final String PERSONAL_TEXT = "manda 20 reais pra Ana Souza, cpf 123.456.789-09, "
			+ "celular (11) 98765-4321, email ana.souza@example.com";

	private static Envelope customerTurn(List<Map.Entry<String, Envelope>> events, String conversation, String customer,
			String text) {
		Clock clock = Clock.systemUTC();
		Envelope message = new EventSource("gateway", clock).first(new ConversationId(conversation),
				new CustomerId(customer), Instant.now().plus(Duration.ofSeconds(3)),
				new MessageReceived(text, "pt-BR", "web"));
		ModelUsage rules = new ModelUsage("intent-rules", "interim-1", 180, new BigDecimal("0.000001"));
		Envelope intent = new EventSource("intent-service", clock).next(message,
				new IntentDetected(text, "pt-BR", "pix_transfer", 0.97, List.of(), rules), rules);
		Envelope slots = new EventSource("slot-filling-service", clock).next(intent,
				new SlotsExtracted(text, "pt-BR", "pix_transfer", 0.97, Map.of("amount",
						new SlotValue("20.00", 6, 8, 0.99), "recipient", new SlotValue("Ana Souza", 20, 29, 0.9)),
						rules),
				rules);
		events.add(Map.entry(Topics.CHAT_MESSAGES, message));
		events.add(Map.entry(Topics.NLU_INTENTS, intent));
		events.add(Map.entry(Topics.NLU_SLOTS, slots));
		return slots;
	}

	/** One more customer message in the same conversation. */
	static Envelope followUp(String conversation) {
		return new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), null, new MessageReceived("sim", "pt-BR", "web"));
	}

}
