package com.bank.assistant.gateway.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a customer writes; who writes it comes from the access token, never from here.
 *
 * @param text the message, 1 to 2000 characters
 * @param locale {@code pt-BR}, {@code en}, or null to let the assistant detect it
 */
public record MessageRequest(
		@NotBlank(message = "text must not be blank") @Size(max = MessageRequest.MAX_TEXT_LENGTH,
				message = "text must be at most " + MessageRequest.MAX_TEXT_LENGTH + " characters") String text,
		@Pattern(regexp = "pt-BR|en", message = "locale must be pt-BR or en") String locale) {

	/** The longest message accepted, in characters. */
	public static final int MAX_TEXT_LENGTH = 2000;

}
