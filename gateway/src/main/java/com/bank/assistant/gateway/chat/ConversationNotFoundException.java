package com.bank.assistant.gateway.chat;

import com.bank.assistant.contracts.ids.ConversationId;

/**
 * No conversation with this id belongs to the customer; whether another customer owns it
 * is never told.
 */
public class ConversationNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The conversation the customer asked for. */
	public ConversationNotFoundException(ConversationId id) {
		super("No conversation " + id);
	}

}
