package com.bank.assistant.gateway.ratelimit;

import java.security.Principal;
import java.util.Optional;

import com.bank.assistant.gateway.web.Problems;
import com.bank.assistant.gateway.web.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits each customer's calls to the chat API with a Redis token bucket keyed by the
 * token's subject; over the limit, 429. Runs inside the security chain, after
 * authentication. If Redis fails the limiter lets requests through (its own choice).
 */
public class CustomerRateLimitFilter implements WebFilter {

	/**
	 * The limiter's id for the chat API: one bucket per customer for all its endpoints.
	 */
	static final String LIMIT_ID = "chat-api";

	private final RedisRateLimiter limiter;

	private final ProblemWriter problems;

	/** A filter applying this limiter. */
	public CustomerRateLimitFilter(RedisRateLimiter limiter, ProblemWriter problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.map(Principal::getName)
			.flatMap((customer) -> this.limiter.isAllowed(LIMIT_ID, "customer:" + customer))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((response) -> response.isPresent() ? allowedOrRefused(exchange, chain, response.get())
					: chain.filter(exchange));
	}

	private Mono<Void> allowedOrRefused(ServerWebExchange exchange, WebFilterChain chain,
			RateLimiter.Response response) {
		response.getHeaders().forEach(exchange.getResponse().getHeaders()::add);
		if (response.isAllowed()) {
			return chain.filter(exchange);
		}
		return this.problems.write(exchange, Problems.TOO_MANY_REQUESTS,
				"Too many requests for this customer; slow down and retry shortly");
	}

}
