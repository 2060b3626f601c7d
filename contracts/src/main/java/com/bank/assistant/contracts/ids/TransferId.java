package com.bank.assistant.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A transfer, also its idempotency key in the Pix endToEndId format.
 *
 * @param value the id as text
 */
public record TransferId(@JsonValue String value) {

	/** Rejects a blank id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TransferId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("TransferId must not be blank");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
