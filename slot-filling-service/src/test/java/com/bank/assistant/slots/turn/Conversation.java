package com.bank.assistant.slots.turn;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.slots.contacts.Contact;
import com.bank.assistant.slots.extraction.Extraction;
import com.bank.assistant.slots.extraction.SlotFilling;
import com.bank.assistant.slots.frame.FrameChange;
import com.bank.assistant.slots.frame.FrameHistory;
import com.bank.assistant.slots.frame.FrameMerge;
import com.bank.assistant.slots.frame.Requirements;
import com.bank.assistant.slots.frame.Said;
import com.bank.assistant.slots.frame.SlotFrame;

/**
 * A demo customer's conversation with the frame alone (real extractors, no Kafka or
 * Redis): each message is merged as the service merges it, and every event is logged as
 * the topics would hold it.
 */
public final class Conversation {

	/** The demo customer's contacts, as the local stack seeds them. */
	public static final List<Contact> DEMO_CONTACTS = List.of(new Contact("Ana Souza", "ana.souza@example.com"),
			new Contact("Ana Lima", "+5511987654321"), new Contact("João Pedro", "12345678909"));

	/** pix_transfer's required slots, as the catalog lists them. */
	public static final Requirements REQUIREMENTS = new Requirements(
			Map.of("pix_transfer", List.of("amount", "recipient")));

	/** transfer-service's dialog states that end a task. */
	public static final Set<String> TASK_END_STATES = Set.of("COMPLETED", "CANCELLED", "FAILED", "EXPIRED", "IDLE");

	/** Monday 2026-03-16, 10:00 in São Paulo. */
	static final Instant NOW = Instant.parse("2026-03-16T13:00:00Z");

	private static final SlotFilling FILLING = new SlotFilling(BigDecimal.ZERO);

	private final FrameMerge merge = new FrameMerge(REQUIREMENTS, 3);

	private final EventSource gateway = new EventSource("gateway", Clock.fixed(NOW, ZoneOffset.UTC));

	private final EventSource slots = new EventSource("slot-filling-service", Clock.fixed(NOW, ZoneOffset.UTC));

	private final EventSource transfer = new EventSource("transfer-service", Clock.fixed(NOW, ZoneOffset.UTC));

	private final ConversationId id = new ConversationId("c-test");

	private final List<Envelope> log = new ArrayList<>();

	private final List<Envelope> messages = new ArrayList<>();

	private SlotFrame frame = SlotFrame.EMPTY;

	/** The customer writes a message that the intent model reads as {@code intent}. */
	public SlotsUpdated says(String intent, String text) {
		Envelope message = this.gateway.first(this.id, new CustomerId("demo"), NOW.plusSeconds(3),
				new MessageReceived(text, "pt-BR", "test"));
		this.messages.add(message);
		Extraction extraction = FILLING.extract(intent, text, "pt-BR", NOW);
		Said said = new Said(message.correlationid(), intent, text, extraction.values(), extraction.errors());
		FrameChange change = this.merge.apply(this.frame, said, () -> DEMO_CONTACTS);
		this.frame = change.frame();
		IntentDetected detected = new IntentDetected(text, "pt-BR", intent, 0.9, List.of(), null);
		SlotsUpdated update = Updates.of(detected, ReviewedIntent.asDetected(detected), extraction, change);
		this.log.add(this.slots.next(message, update));
		return update;
	}

	/** The dialog answers the last message, its state becoming {@code dialogState}. */
	public void dialogReplies(String dialogState) {
		repliesTo(this.messages.size() - 1, dialogState);
	}

	/** The dialog's reply to an earlier message (0 = the first) arrives only now. */
	public void repliesTo(int messageIndex, String dialogState) {
		Envelope message = this.messages.get(messageIndex);
		Envelope reply = this.transfer.next(message,
				new AssistantReplied("ok", "pt-BR", "pix_transfer", dialogState, List.of(), null));
		this.log.add(reply);
		if (new FrameHistory(REQUIREMENTS, TASK_END_STATES).endsTask(reply.dataAs(AssistantReplied.class))) {
			this.frame = this.frame.endTask(reply.correlationid());
		}
	}

	/** The frame now. */
	public SlotFrame frame() {
		return this.frame;
	}

	/** The events on the slots and replies topics so far, in order. */
	public List<Envelope> log() {
		return List.copyOf(this.log);
	}

}
