package com.bank.assistant.gateway;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings.
 *
 * @param turnTimeout how long a customer's message may wait for its reply (the turn's
 * deadline)
 * @param conversationTtl how long an idle conversation stays registered; each use renews
 * it
 * @param maxRequestSize largest request body accepted; larger ones get 413
 * @param rateLimit the per-customer limit on the chat API
 */
@Validated
@ConfigurationProperties("assistant.gateway")
public record GatewayProperties(@NotNull @DefaultValue("10s") Duration turnTimeout,
		@NotNull @DefaultValue("24h") Duration conversationTtl, @NotNull @DefaultValue("8KB") DataSize maxRequestSize,
		@Valid @NotNull @DefaultValue RateLimit rateLimit) {

	/**
	 * A token bucket per customer, kept in Redis.
	 *
	 * @param replenishRate requests per second a customer may sustain
	 * @param burstCapacity requests a customer may make at once
	 */
	public record RateLimit(@Min(1) @DefaultValue("5") int replenishRate,
			@Min(1) @DefaultValue("20") long burstCapacity) {
	}

}
