package com.bank.assistant.transfer.dialog;

import java.time.Instant;

import com.bank.assistant.contracts.ids.TransferId;

/**
 * A conversation's dialog between two messages.
 *
 * @param state where the dialog stands
 * @param draft the transfer described so far
 * @param pendingTransfer the transfer put to the customer for confirmation, if any
 * @param lastEventAt time of the last event processed, to drop older ones arriving late
 */
public record ConversationState(DialogState state, Draft draft, TransferId pendingTransfer, Instant lastEventAt) {

	/** A conversation with nothing in progress. */
	public static ConversationState idle() {
		return new ConversationState(DialogState.IDLE, Draft.EMPTY, null, null);
	}

	/** The state a new message starts from: a finished dialog starts afresh. */
	public ConversationState startTurn() {
		return this.state.finished() ? new ConversationState(DialogState.IDLE, Draft.EMPTY, null, this.lastEventAt)
				: this;
	}

	/** Whether an event of this time is older than one already processed. */
	public boolean movedPast(Instant eventTime) {
		return this.lastEventAt != null && eventTime != null && eventTime.isBefore(this.lastEventAt);
	}

	/** The same state moved to another step, with no transfer pending. */
	public ConversationState moveTo(DialogState newState, Draft newDraft) {
		return new ConversationState(newState, newDraft, null, this.lastEventAt);
	}

	/** The state awaiting the customer's confirmation of this transfer. */
	public ConversationState awaiting(Draft newDraft, TransferId transfer) {
		return new ConversationState(DialogState.AWAITING_CONFIRMATION, newDraft, transfer, this.lastEventAt);
	}

	/** The same state, remembering the time of the event just processed. */
	public ConversationState processedAt(Instant eventTime) {
		Instant last = (eventTime != null) ? eventTime : this.lastEventAt;
		return new ConversationState(this.state, this.draft, this.pendingTransfer, last);
	}

}
