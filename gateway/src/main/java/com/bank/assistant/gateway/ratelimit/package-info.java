/**
 * The per-customer rate limit of the chat API: Spring Cloud Gateway's Redis token bucket,
 * keyed by the access token's subject.
 */
package com.bank.assistant.gateway.ratelimit;
