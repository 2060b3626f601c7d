package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * The second factor: checks a transaction PIN against the customer's, for the transfer
 * pending in their conversation. The PIN never travels through the chat (nor Kafka, nor
 * the audit trail): the app sends it to its own endpoint; the chat then only says yes.
 */
public final class StepUps {

	/** Wrong PINs allowed per transfer before it is locked. */
	public static final int MAX_ATTEMPTS = 3;

	private final ConversationStore conversations;

	private final Pins pins;

	private final StepUpRecords records;

	/** Step-ups of the conversations in this store. */
	public StepUps(ConversationStore conversations, Pins pins, StepUpRecords records) {
		this.conversations = conversations;
		this.pins = pins;
		this.records = records;
	}

	/** Checks the PIN this customer entered for their conversation's pending transfer. */
	public StepUpResult verify(ConversationId conversation, CustomerId customer, String pin) {
		ConversationState state = this.conversations.load(conversation).orElse(null);
		if (state == null || !state.state().pending() || state.pendingTransfer() == null || !state.ownedBy(customer)) {
			return StepUpResult.NOTHING_PENDING;
		}
		if (this.records.failures(state.pendingTransfer()) >= MAX_ATTEMPTS) {
			return StepUpResult.LOCKED;
		}
		if (pin == null || !pin.matches("\\d{4,6}") || !this.pins.matches(customer, pin)) {
			return (this.records.recordFailure(state.pendingTransfer()) >= MAX_ATTEMPTS) ? StepUpResult.LOCKED
					: StepUpResult.WRONG_PIN;
		}
		this.records.recordPassed(state.pendingTransfer());
		return StepUpResult.PASSED;
	}

}
