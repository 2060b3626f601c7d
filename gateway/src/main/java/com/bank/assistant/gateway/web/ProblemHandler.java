package com.bank.assistant.gateway.web;

import java.util.stream.Collectors;

import com.bank.assistant.gateway.chat.ConversationNotFoundException;
import com.bank.assistant.gateway.chat.MessageNotAcceptedException;
import com.bank.assistant.gateway.chat.ReplyTimeoutException;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/** Turns every error of the chat API into {@code application/problem+json}. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	Mono<ResponseEntity<Object>> conversationNotFound(ConversationNotFoundException ex) {
		return problem(Problems.CONVERSATION_NOT_FOUND.detail(ex.getMessage()));
	}

	@ExceptionHandler
	Mono<ResponseEntity<Object>> replyTimeout(ReplyTimeoutException ex) {
		ProblemDetail problem = Problems.REPLY_TIMEOUT.detail("Message " + ex.messageId().value()
				+ " was accepted, but its reply was not ready before the turn's deadline; it will still arrive on "
				+ "GET /api/conversations/" + ex.conversation().value() + "/events");
		problem.setProperty("conversationId", ex.conversation().value());
		problem.setProperty("messageId", ex.messageId().value());
		return problem(problem);
	}

	@ExceptionHandler
	Mono<ResponseEntity<Object>> messageNotAccepted(MessageNotAcceptedException ex) {
		return problem(Problems.MESSAGING_UNAVAILABLE
			.detail("The message was not accepted, nothing was published; try again shortly"));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		String detail = ex.getFieldErrors()
			.stream()
			.map((error) -> error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return problem(Problems.INVALID_REQUEST.detail(detail));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (ex.getMostSpecificCause() instanceof DataBufferLimitException) {
			return problem(Problems.REQUEST_TOO_LARGE.detail("The request body is larger than the limit"));
		}
		return problem(Problems.INVALID_REQUEST.detail(ex.getReason()));
	}

	/**
	 * Every problem as {@code application/problem+json}, whatever the request accepts: an
	 * event-stream client would otherwise get the problem as an event.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		Object typed = (body instanceof ProblemDetail problem) ? Problems.typed(problem) : body;
		return super.createResponseEntity(typed, headers, status, exchange)
			.map((entity) -> ResponseEntity.status(entity.getStatusCode())
				.headers(entity.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(entity.getBody()));
	}

	private static Mono<ResponseEntity<Object>> problem(ProblemDetail problem) {
		return Mono.just(ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem));
	}

}
