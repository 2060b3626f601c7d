package com.bank.assistant.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A conversation between one customer and the assistant.
 *
 * @param value the id as text
 */
public record ConversationId(@JsonValue String value) {

	/** Rejects a blank id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ConversationId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("ConversationId must not be blank");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
