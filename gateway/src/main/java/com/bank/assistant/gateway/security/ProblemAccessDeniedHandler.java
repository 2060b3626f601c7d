package com.bank.assistant.gateway.security;

import com.bank.assistant.gateway.web.Problems;
import com.bank.assistant.gateway.web.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/** Answers a valid token without the needed scope with 403 as a problem detail. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemWriter problems;

	ProblemAccessDeniedHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		String detail = ScopedPaths.scopeOf(exchange.getRequest().getPath().pathWithinApplication())
			.map((scope) -> "The access token lacks the scope '" + scope + "'")
			.orElse("The access token does not allow this request");
		return this.problems.write(exchange, Problems.FORBIDDEN, detail);
	}

}
