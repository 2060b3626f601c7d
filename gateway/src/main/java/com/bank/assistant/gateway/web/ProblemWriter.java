package com.bank.assistant.gateway.web;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem straight to the response, for filters that answer before any
 * controller runs (security, rate limit, body size). Such an answer leaves the request
 * body unread on the connection, so the connection is closed after it: a client that
 * pooled its next request onto it would otherwise hang.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	/** Answers the exchange with this problem. */
	public Mono<Void> write(ServerWebExchange exchange, Problems type, String detail) {
		ProblemDetail problem = type.detail(detail);
		problem.setInstance(exchange.getRequest().getURI());
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(type.status());
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setConnection("close");
		DataBuffer body = response.bufferFactory().wrap(this.json.writeValueAsBytes(problem));
		return response.writeWith(Mono.just(body));
	}

}
