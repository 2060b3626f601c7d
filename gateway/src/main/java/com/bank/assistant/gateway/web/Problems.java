package com.bank.assistant.gateway.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The gateway's problem types, each with its {@code type} URI and title. */
public enum Problems {

	/** The request body was too large. */
	REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request too large"),

	/** The request was invalid. */
	INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),

	/** The conversation does not exist for this customer. */
	CONVERSATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Conversation not found"),

	/** The message was accepted but its reply did not come in time. */
	REPLY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "Reply not ready yet"),

	/** The message could not be published. */
	MESSAGING_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Messaging unavailable"),

	/** No valid access token. */
	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),

	/** The access token lacks a needed scope. */
	FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),

	/** The customer sent too many requests. */
	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests");

	private static final String TYPE_PREFIX = "urn:bank:assistant:problem:";

	private final HttpStatus status;

	private final String title;

	Problems(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
	}

	/** The HTTP status of this problem. */
	public HttpStatus status() {
		return this.status;
	}

	/**
	 * Gives a problem Spring raised itself (an unknown path, a wrong method) a type of
	 * ours, named by its status, in place of {@code about:blank}.
	 */
	static ProblemDetail typed(ProblemDetail problem) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create(TYPE_PREFIX + "http-" + problem.getStatus()));
		}
		return problem;
	}

	/** A problem of this type with this detail. */
	public ProblemDetail detail(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, detail);
		problem.setType(URI.create(TYPE_PREFIX + name().toLowerCase().replace('_', '-')));
		problem.setTitle(this.title);
		return problem;
	}

}
