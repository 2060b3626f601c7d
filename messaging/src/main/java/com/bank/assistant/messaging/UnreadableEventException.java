package com.bank.assistant.messaging;

/**
 * Bytes on a topic that are not an envelope this service can read; they go to the
 * dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** An event that cannot be read, and why. */
	public UnreadableEventException(String message) {
		super(message);
	}

	/** An event that cannot be read, why, and the parser's error. */
	public UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
