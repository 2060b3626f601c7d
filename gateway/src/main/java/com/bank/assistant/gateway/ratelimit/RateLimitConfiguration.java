package com.bank.assistant.gateway.ratelimit;

import com.bank.assistant.gateway.GatewayProperties;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis token bucket with the configured rate. Its filter is not a bean: it belongs
 * in the security chain, and a {@code WebFilter} bean would also run in the global chain.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RedisRateLimiter redisRateLimiter(GatewayProperties properties) {
		GatewayProperties.RateLimit limit = properties.rateLimit();
		return new RedisRateLimiter(limit.replenishRate(), limit.burstCapacity(), 1);
	}

}
