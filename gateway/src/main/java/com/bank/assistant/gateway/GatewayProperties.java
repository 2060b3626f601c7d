package com.bank.assistant.gateway;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
 * @param rateLimit the per-customer limit on the API
 * @param ipRateLimit the per-client-address limit on everything but health probes
 * @param web the chat page's sign-in settings
 */
@Validated
@ConfigurationProperties("assistant.gateway")
public record GatewayProperties(@NotNull @DefaultValue("10s") Duration turnTimeout,
		@NotNull @DefaultValue("24h") Duration conversationTtl, @NotNull @DefaultValue("8KB") DataSize maxRequestSize,
		@Valid @NotNull @DefaultValue RateLimit rateLimit, @Valid @NotNull @DefaultValue RateLimit ipRateLimit,
		@Valid @NotNull @DefaultValue Web web) {

	/**
	 * A token bucket per customer or per address, kept in Redis; the address limit's
	 * defaults are in {@code application.yml}.
	 *
	 * @param replenishRate requests per second one customer (or address) may sustain
	 * @param burstCapacity requests one customer (or address) may make at once
	 */
	public record RateLimit(@Min(1) @DefaultValue("5") int replenishRate,
			@Min(1) @DefaultValue("20") long burstCapacity) {
	}

	/**
	 * The chat page's sign-in.
	 *
	 * @param issuer the authorization server the browser signs in at (its public URL)
	 * @param clientId the page's public client (authorization code with PKCE)
	 */
	public record Web(@NotBlank @DefaultValue("http://localhost:9000") String issuer,
			@NotBlank @DefaultValue("assistant-web") String clientId) {
	}

}
