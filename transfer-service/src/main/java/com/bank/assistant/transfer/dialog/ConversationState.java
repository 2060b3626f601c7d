package com.bank.assistant.transfer.dialog;

import java.time.Duration;
import java.time.Instant;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.TransferId;

/**
 * A conversation's dialog between two messages, kept as readable JSON.
 *
 * @param state where the dialog's machine stands
 * @param draft the transfer put to the customer for confirmation, if any
 * @param pendingTransfer that transfer's id
 * @param confirmationAskedAt when the confirmation was asked
 * @param lastEventAt time of the last event processed, to drop older ones arriving late
 * @param customer whose conversation it is, once a message arrived
 */
public record ConversationState(DialogState state, Draft draft, TransferId pendingTransfer, Instant confirmationAskedAt,
		Instant lastEventAt, CustomerId customer) {

	/** A conversation with nothing in progress. */
	public static ConversationState idle() {
		return new ConversationState(DialogState.IDLE, Draft.EMPTY, null, null, null, null);
	}

	/** The state a new message starts from: a finished dialog starts afresh. */
	public ConversationState startTurn() {
		return this.state.finished()
				? new ConversationState(DialogState.IDLE, Draft.EMPTY, null, null, this.lastEventAt, this.customer)
				: this;
	}

	/** Whether an event of this time is older than one already processed. */
	public boolean movedPast(Instant eventTime) {
		return this.lastEventAt != null && eventTime != null && eventTime.isBefore(this.lastEventAt);
	}

	/** Whether a pending confirmation was asked longer ago than allowed. */
	public boolean confirmationExpired(Instant now, Duration allowed) {
		return this.state.pending() && this.confirmationAskedAt != null
				&& this.confirmationAskedAt.plus(allowed).isBefore(now);
	}

	/** This state in another machine state, with the same data. */
	public ConversationState in(DialogState newState) {
		return new ConversationState(newState, this.draft, this.pendingTransfer, this.confirmationAskedAt,
				this.lastEventAt, this.customer);
	}

	/** The state with nothing pending. */
	public ConversationState cleared() {
		return new ConversationState(this.state, Draft.EMPTY, null, null, this.lastEventAt, this.customer);
	}

	/** The state with this transfer put to the customer at this time. */
	public ConversationState confirming(Draft newDraft, TransferId transfer, Instant askedAt) {
		return new ConversationState(this.state, newDraft, transfer, askedAt, this.lastEventAt, this.customer);
	}

	/** The same state, remembering the event just processed and whose it was. */
	public ConversationState processed(Instant eventTime, CustomerId by) {
		Instant last = (eventTime != null) ? eventTime : this.lastEventAt;
		return new ConversationState(this.state, this.draft, this.pendingTransfer, this.confirmationAskedAt, last,
				(by != null) ? by : this.customer);
	}

	/** Whether this customer may act on the pending transfer. */
	public boolean ownedBy(CustomerId someone) {
		return this.customer != null && this.customer.equals(someone);
	}

}
