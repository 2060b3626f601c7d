package com.bank.assistant.gateway.chat;

/** The broker did not acknowledge a customer's message, so nothing was published. */
public class MessageNotAcceptedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** A message that was not accepted, and the error underneath. */
	public MessageNotAcceptedException(String message, Throwable cause) {
		super(message, cause);
	}

}
