package com.bank.assistant.transfer.dialog;

import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.TransferEvent;

/**
 * What one message came to.
 *
 * @param state the conversation's state afterwards
 * @param transferEvents the transfer lifecycle events, in the order they happened
 * @param reply the assistant's answer, or null when the ledger's outbox carries it
 */
public record TurnResult(ConversationState state, List<TransferEvent> transferEvents, AssistantReplied reply) {

	/** Every event to publish: the transfer events first, then the reply. */
	public List<AssistantEvent> events() {
		List<AssistantEvent> events = new ArrayList<>(this.transferEvents);
		if (this.reply != null) {
			events.add(this.reply);
		}
		return events;
	}

}
