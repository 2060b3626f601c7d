package com.bank.assistant.gateway.ratelimit;

import java.net.InetSocketAddress;

import com.bank.assistant.gateway.web.Problems;
import com.bank.assistant.gateway.web.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits the calls from each client address with a Redis token bucket, before any token
 * is read, so floods of unauthenticated or forged calls are slowed too; over the limit,
 * 429. Health probes are not counted. The address is the connection's peer: behind a
 * trusted proxy, set {@code server.forward-headers-strategy} so it is the client's.
 */
public class AddressRateLimitFilter implements WebFilter, Ordered {

	private final RedisRateLimiter limiter;

	private final ProblemWriter problems;

	/** A filter applying this limiter. */
	public AddressRateLimitFilter(RedisRateLimiter limiter, ProblemWriter problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
		if (peer == null || exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
			return chain.filter(exchange);
		}
		return this.limiter.isAllowed(CustomerRateLimitFilter.LIMIT_ID, "address:" + peer.getHostString())
			.flatMap((response) -> response.isAllowed() ? chain.filter(exchange) : this.problems.write(exchange,
					Problems.TOO_MANY_REQUESTS, "Too many requests from this address; slow down and retry shortly"));
	}

	@Override
	public int getOrder() {
		// Right after the body size check, before security.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
