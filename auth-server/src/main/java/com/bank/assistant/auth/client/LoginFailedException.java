package com.bank.assistant.auth.client;

/** A login through the authorization server did not yield an access token, and why. */
public class LoginFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** A failed login, and why. */
	public LoginFailedException(String message) {
		super(message);
	}

	/** A failed login, why, and the error underneath. */
	public LoginFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
