package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * A conversation and the customer who owns it.
 *
 * @param id the conversation
 * @param customer its owner, the only customer who may use it
 */
public record Conversation(ConversationId id, CustomerId customer) {

	/** Whether this customer owns the conversation. */
	public boolean isOwnedBy(CustomerId someone) {
		return this.customer.equals(someone);
	}

}
