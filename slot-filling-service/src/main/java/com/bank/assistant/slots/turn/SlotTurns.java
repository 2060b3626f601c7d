package com.bank.assistant.slots.turn;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.slots.contacts.Contact;
import com.bank.assistant.slots.contacts.ContactDirectory;
import com.bank.assistant.slots.extraction.Extraction;
import com.bank.assistant.slots.frame.FrameChange;
import com.bank.assistant.slots.frame.FrameHistory;
import com.bank.assistant.slots.frame.FrameMerge;
import com.bank.assistant.slots.frame.Said;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each message's turn of slot filling: review the intent, read the values (when the
 * policy gate allows the extractors), merge them into the conversation's frame and keep
 * it, once per message; and the end of a task, once per reply.
 */
public final class SlotTurns {

	private static final Logger log = LoggerFactory.getLogger(SlotTurns.class);

	/** Writes tried when a reply of the same conversation writes in between. */
	private static final int WRITE_TRIES = 5;

	/** The language of a conversation none of whose messages told one. */
	private static final String BANK_LANGUAGE = "pt-BR";

	private final IntentReview review;

	private final GatedExtraction extraction;

	private final FrameMerge merge;

	private final FrameHistory history;

	private final ContactDirectory contacts;

	private final SlotMemoryStore store;

	/** Turns that read with these parts and keep frames in this store. */
	public SlotTurns(IntentReview review, GatedExtraction extraction, FrameMerge merge, FrameHistory history,
			ContactDirectory contacts, SlotMemoryStore store) {
		this.review = review;
		this.extraction = extraction;
		this.merge = merge;
		this.history = history;
		this.contacts = contacts;
		this.store = store;
	}

	/**
	 * The update of an {@code IntentDetected} envelope's message. A redelivered message
	 * gets the update it got the first time if it was the last message applied, else
	 * nothing; so does a message older than the last one applied.
	 */
	public Optional<SlotsUpdated> understand(Envelope received) {
		ConversationId conversation = received.conversationid();
		StoredMemory stored = this.store.load(conversation);
		Envelope envelope = inLanguage(received, stored.memory());
		if (stored.memory().applied(envelope.id()) || late(stored.memory(), envelope)) {
			return again(stored.memory(), envelope);
		}
		IntentDetected detected = envelope.dataAs(IntentDetected.class);
		ReviewedIntent reviewed = this.review.review(envelope);
		GatedExtraction.Read read = this.extraction.read(envelope, reviewed.intent());
		ReviewedIntent intent = reviewed.decided(read.decision());
		Extraction extraction = read.extraction();
		Said said = new Said(envelope.correlationid(), intent.intent(), detected.text(), extraction.values(),
				extraction.errors());
		Supplier<List<Contact>> saved = once(
				() -> (envelope.customerid() != null) ? this.contacts.contactsOf(envelope.customerid()) : List.of());
		for (int tries = 1; tries <= WRITE_TRIES; tries++) {
			FrameChange change = read.blocked() ? this.merge.unread(stored.memory().frame())
					: this.merge.apply(stored.memory().frame(), said, saved);
			SlotsUpdated update = Updates.of(detected, intent, extraction, change);
			SlotMemory next = stored.memory().afterTurn(envelope.id(), envelope.time(), change.frame(), update);
			if (this.store.replace(conversation, stored, next)) {
				return Optional.of(update);
			}
			stored = this.store.load(conversation);
			if (stored.memory().applied(envelope.id())) {
				return again(stored.memory(), envelope);
			}
		}
		throw new IllegalStateException("Conversation " + conversation.value() + " kept changing while " + envelope.id()
				+ " was applied; the binder retries it");
	}

	/**
	 * Ends the conversation's task when an {@code AssistantReplied} says the dialog is
	 * over; each reply once.
	 */
	public void endTask(Envelope envelope) {
		if (!(envelope.data() instanceof AssistantReplied reply) || !this.history.endsTask(reply)) {
			return;
		}
		for (int tries = 1; tries <= WRITE_TRIES; tries++) {
			StoredMemory stored = this.store.load(envelope.conversationid());
			SlotMemory memory = stored.memory();
			if (memory.applied(envelope.id()) || memory.frame().turns().isEmpty()) {
				return;
			}
			SlotMemory next = memory.afterReply(envelope.id(), memory.frame().endTask(envelope.correlationid()));
			if (this.store.replace(envelope.conversationid(), stored, next)) {
				return;
			}
		}
		throw new IllegalStateException("Conversation " + envelope.conversationid().value()
				+ " kept changing while reply " + envelope.id() + " was applied; the binder retries it");
	}

	/**
	 * The message in the conversation's language when its words did not tell one (a Pix
	 * key, a name, "ok"): the last update's, else Portuguese, the bank's main language.
	 */
	private static Envelope inLanguage(Envelope envelope, SlotMemory memory) {
		IntentDetected detected = envelope.dataAs(IntentDetected.class);
		if (detected.locale() != null) {
			return envelope;
		}
		SlotsUpdated last = memory.lastUpdate();
		return envelope
			.withData(detected.inLocale((last != null && last.locale() != null) ? last.locale() : BANK_LANGUAGE));
	}

	private static Optional<SlotsUpdated> again(SlotMemory memory, Envelope envelope) {
		if (envelope.id().equals(memory.lastTurn())) {
			return Optional.ofNullable(memory.lastUpdate());
		}
		log.info("Dropping message {} of conversation {}: applied already or older than the last one", envelope.id(),
				envelope.conversationid().value());
		return Optional.empty();
	}

	private static boolean late(SlotMemory memory, Envelope envelope) {
		return memory.lastTurnAt() != null && envelope.time() != null && envelope.time().isBefore(memory.lastTurnAt());
	}

	private static <T> Supplier<T> once(Supplier<T> supplier) {
		Object[] held = new Object[1];
		return () -> {
			if (held[0] == null) {
				held[0] = supplier.get();
			}
			@SuppressWarnings("unchecked")
			T value = (T) held[0];
			return value;
		};
	}

}
