package com.bank.assistant.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A customer of the bank, as the access token's subject names it.
 *
 * @param value the id as text
 */
public record CustomerId(@JsonValue String value) {

	/** Rejects a blank id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CustomerId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("CustomerId must not be blank");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
