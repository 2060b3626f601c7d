package com.bank.assistant.gateway.ratelimit;

import com.bank.assistant.gateway.GatewayProperties;
import com.bank.assistant.gateway.web.ProblemWriter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The two Redis token buckets: per customer (primary, also Spring Cloud Gateway's
 * default) and per client address. The customer filter is not a bean: it belongs in the
 * security chain, and a {@code WebFilter} bean would also run in the global chain; the
 * address filter is global on purpose, before any token is read.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	@Primary
	RedisRateLimiter redisRateLimiter(GatewayProperties properties) {
		GatewayProperties.RateLimit limit = properties.rateLimit();
		return new RedisRateLimiter(limit.replenishRate(), limit.burstCapacity(), 1);
	}

	@Bean
	RedisRateLimiter addressRateLimiter(GatewayProperties properties) {
		GatewayProperties.RateLimit limit = properties.ipRateLimit();
		RedisRateLimiter limiter = new RedisRateLimiter(limit.replenishRate(), limit.burstCapacity(), 1);
		// The customer's bucket reports its remaining requests; two sets of headers would
		// confuse clients.
		limiter.setIncludeHeaders(false);
		return limiter;
	}

	@Bean
	AddressRateLimitFilter addressRateLimitFilter(@Qualifier("addressRateLimiter") RedisRateLimiter limiter,
			ProblemWriter problems) {
		return new AddressRateLimitFilter(limiter, problems);
	}

}
