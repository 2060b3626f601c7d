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
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;
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

	private static final String INTENT_STEP = "intent-detection";

	private static final String SLOT_STEP = "slot-extraction";

	private static final ModelUsage INTENT_MODEL = new ModelUsage("intent-model", "interim-1", 180,
			new BigDecimal("0.000001"));

	private static final ModelUsage SLOT_MODEL = new ModelUsage("slot-extractors", "interim-1", 140,
			new BigDecimal("0.000001"));

	private TurnMother() {
	}

	/** Topic and envelope of each event of one turn, in causal order. */
	static List<Map.Entry<String, Envelope>> pixTransferTurn(String conversation) {
		Clock clock = Clock.systemUTC();
		Envelope message = new EventSource("gateway", clock).first(new ConversationId(conversation),
				new CustomerId("demo"), Instant.now().plus(Duration.ofSeconds(3)),
				new MessageReceived(TEXT, "pt-BR", "web"));
		List<Envelope> understood = understood(message, TEXT, Map.of("amount", new SlotValue("20", 10, 12, 0.99)));
		Envelope intent = understood.get(0);
		Envelope slots = understood.get(1);
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
		List<Envelope> understood = understood(message, text, Map.of("amount", new SlotValue("20.00", 6, 8, 0.99),
				"recipient", new SlotValue("Ana Souza", 20, 29, 0.9)));
		events.add(Map.entry(Topics.CHAT_MESSAGES, message));
		events.add(Map.entry(Topics.NLU_INTENTS, understood.get(0)));
		events.add(Map.entry(Topics.NLU_SLOTS, understood.get(1)));
		return understood.get(1);
	}

	/**
	 * The intent and the slot frame of a message as the services publish them, each model
	 * step with the policy gate's decision: the intent's, then in {@code SlotsUpdated}
	 * the intent's carried forward and the extractors'.
	 */
	private static List<Envelope> understood(Envelope message, String text, Map<String, SlotValue> read) {
		PolicyDecision intentStep = decision(INTENT_STEP, INTENT_MODEL.model(), "ALLOW", "within_limits")
			.ran("answered", INTENT_MODEL.cost(), INTENT_MODEL.latencyMicros());
		PolicyDecision slotStep = decision(SLOT_STEP, SLOT_MODEL.model(), "ALLOW", "within_limits").ran("answered",
				SLOT_MODEL.cost(), SLOT_MODEL.latencyMicros());
		Envelope intent = new EventSource("intent-service", Clock.systemUTC()).next(message,
				new IntentDetected(text, "pt-BR", "pix_transfer", 0.97, List.of(), INTENT_MODEL, List.of(intentStep)),
				INTENT_MODEL);
		Envelope slots = new EventSource("slot-filling-service", Clock.systemUTC()).next(intent,
				slotsUpdated(text, "pix_transfer", read, List.of(intentStep, slotStep)), SLOT_MODEL);
		return List.of(intent, slots);
	}

	/**
	 * A message whose intent was detected with no policy decision, as intent-service
	 * published it before the gate: a model step the decision check must report.
	 */
	static List<Map.Entry<String, Envelope>> undecidedIntent(String conversation) {
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), null, new MessageReceived(TEXT, "pt-BR", "web"));
		Envelope intent = new EventSource("intent-service", Clock.systemUTC()).next(message,
				new IntentDetected(TEXT, "pt-BR", "pix_transfer", 0.97, List.of(), INTENT_MODEL), INTENT_MODEL);
		return List.of(Map.entry(Topics.CHAT_MESSAGES, message), Map.entry(Topics.NLU_INTENTS, intent));
	}

	/**
	 * A message the gate let no model read, for {@code reason}: the intent step blocked
	 * ({@code out_of_scope}, no model), then the extractors blocked too, the intent's
	 * decision carried forward beside theirs.
	 */
	static List<Map.Entry<String, Envelope>> blockedTurn(String conversation, String reason) {
		Envelope message = new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), Instant.now(), new MessageReceived(TEXT, "pt-BR", "web"));
		PolicyDecision intentStep = decision(INTENT_STEP, INTENT_MODEL.model(), "BLOCK", reason);
		Envelope intent = new EventSource("intent-service", Clock.systemUTC()).next(message,
				new IntentDetected(TEXT, "pt-BR", "out_of_scope", 0, List.of(), null, List.of(intentStep)));
		Envelope slots = new EventSource("slot-filling-service", Clock.systemUTC()).next(intent,
				slotsUpdated(TEXT, "out_of_scope", Map.of(),
						List.of(intentStep, decision(SLOT_STEP, SLOT_MODEL.model(), "BLOCK", reason))));
		return List.of(Map.entry(Topics.CHAT_MESSAGES, message), Map.entry(Topics.NLU_INTENTS, intent),
				Map.entry(Topics.NLU_SLOTS, slots));
	}

	private static SlotsUpdated slotsUpdated(String text, String intent, Map<String, SlotValue> read,
			List<PolicyDecision> decisions) {
		return new SlotsUpdated(text, "pt-BR", intent, 0.97, List.of(), read, read, List.copyOf(read.keySet()),
				List.of(), Map.of(), List.of(), Map.of(), false, decisions, SLOT_MODEL);
	}

	private static PolicyDecision decision(String step, String tier, String outcome, String reason) {
		return new PolicyDecision(step, tier, outcome, reason, "rules-1", new BigDecimal("0.000001"), BigDecimal.ZERO,
				null, 2900, 3);
	}

	/** One more customer message in the same conversation. */
	static Envelope followUp(String conversation) {
		return new EventSource("gateway", Clock.systemUTC()).first(new ConversationId(conversation),
				new CustomerId("demo"), null, new MessageReceived("sim", "pt-BR", "web"));
	}

}
