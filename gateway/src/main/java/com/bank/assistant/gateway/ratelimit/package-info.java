/**
 * Rate limits with Spring Cloud Gateway's Redis token bucket: per customer on the API
 * (keyed by the access token's subject) and per client address on everything but health
 * probes.
 */
package com.bank.assistant.gateway.ratelimit;
