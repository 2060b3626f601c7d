package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.SlotsUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each understood message once: drops redeliveries and late events, runs the
 * dialog on the conversation's state, publishes what it caused and keeps the new state.
 */
public final class ConversationTurns {

	private static final Logger log = LoggerFactory.getLogger(ConversationTurns.class);

	private final TransferDialog dialog;

	private final ConversationStore store;

	private final ProcessedEvents processed;

	private final EventPublisher publisher;

	private final Announcements announcements;

	/** Turns run by this dialog on states kept in this store. */
	public ConversationTurns(TransferDialog dialog, ConversationStore store, ProcessedEvents processed,
			EventPublisher publisher, Announcements announcements) {
		this.dialog = dialog;
		this.store = store;
		this.processed = processed;
		this.publisher = publisher;
		this.announcements = announcements;
	}

	/**
	 * Handles the envelope unless it is a redelivery of a handled event, a late event or
	 * of another type. The event counts as handled only once its reply is published and
	 * the state kept, so a crash at any point before leaves it to be handled again on
	 * redelivery: a reply may then be sent twice, never lost, and the ledger's transfer
	 * id keeps money from moving twice.
	 */
	public void handle(Envelope envelope) {
		if (!(envelope.data() instanceof SlotsUpdated) || this.processed.handled(envelope.id())) {
			log.debug("Skipping event {} of type {}", envelope.id(), envelope.type());
			return;
		}
		respond(envelope, Turn.of(envelope));
		this.processed.markHandled(envelope.id());
	}

	private void respond(Envelope envelope, Turn turn) {
		ConversationState state = this.store.load(turn.conversation()).orElseGet(ConversationState::idle);
		if (state.movedPast(turn.time())) {
			log.info("Dropping event {} of conversation {}: older than its state", envelope.id(), turn.conversation());
			return;
		}
		TurnResult result = this.dialog.respond(state.startTurn(), turn);
		// Published before the state is kept: a failed send leaves the state as it was
		// for the retry.
		this.publisher.publish(envelope, result.events());
		if (result.reply() == null) {
			// The ledger wrote this turn's announcement to its outbox: publish it now
			// rather
			// than at the next sweep.
			this.announcements.publishPending();
		}
		this.store.save(turn.conversation(), result.state().processed(turn.time(), turn.customer()));
	}

}
