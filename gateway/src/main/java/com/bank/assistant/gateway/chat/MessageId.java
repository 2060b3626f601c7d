package com.bank.assistant.gateway.chat;

/**
 * A customer's message: the id of its {@code MessageReceived} envelope, which every event
 * of the turn carries as its correlation id.
 *
 * @param value the id as text
 */
public record MessageId(String value) {

	/** Rejects a blank id. */
	public MessageId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("MessageId must not be blank");
		}
	}

}
