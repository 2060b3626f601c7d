package com.bank.assistant.gateway.web;

import com.bank.assistant.gateway.GatewayProperties;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose declared body is over the limit before reading any of it; a
 * body without a declared length is bounded by the codecs' in-memory limit instead.
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

	private final ProblemWriter problems;

	private final long maxBytes;

	RequestSizeFilter(ProblemWriter problems, GatewayProperties properties) {
		this.problems = problems;
		this.maxBytes = properties.maxRequestSize().toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getHeaders().getContentLength() > this.maxBytes) {
			// The unread body is still on the wire: the connection cannot carry another
			// request.
			exchange.getResponse().getHeaders().setConnection("close");
			return this.problems.write(exchange, Problems.REQUEST_TOO_LARGE,
					"The request body is larger than " + this.maxBytes + " bytes");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// Before security: an oversized body is refused without being read, token or not.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
