package com.bank.assistant.gateway.security;

import com.bank.assistant.gateway.web.Problems;
import com.bank.assistant.gateway.web.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Answers a valid token without the needed scope with 403 as a problem detail. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private static final PathPattern AUDIT = PathPatternParser.defaultInstance.parse(SecurityConfiguration.AUDIT_API);

	private final ProblemWriter problems;

	ProblemAccessDeniedHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		String scope = AUDIT.matches(exchange.getRequest().getPath().pathWithinApplication()) ? "audit.read" : "chat";
		return this.problems.write(exchange, Problems.FORBIDDEN, "The access token lacks the scope '" + scope + "'");
	}

}
