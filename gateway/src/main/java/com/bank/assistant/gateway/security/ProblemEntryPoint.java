package com.bank.assistant.gateway.security;

import com.bank.assistant.gateway.web.Problems;
import com.bank.assistant.gateway.web.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/** Answers a missing, expired or tampered token with 401 as a problem detail. */
class ProblemEntryPoint implements ServerAuthenticationEntryPoint {

	private final ProblemWriter problems;

	ProblemEntryPoint(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return this.problems.write(exchange, Problems.UNAUTHORIZED,
				"A valid bearer access token is required: " + ex.getMessage());
	}

}
