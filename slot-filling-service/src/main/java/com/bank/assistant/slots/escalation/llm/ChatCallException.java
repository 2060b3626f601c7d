package com.bank.assistant.slots.escalation.llm;

/** The large tier answered with an error status; the circuit breaker counts it. */
class ChatCallException extends Exception {

	ChatCallException(String message) {
		super(message);
	}

}
