/**
 * The gateway's HTTP security: an OAuth2 resource server validating the authorization
 * server's JWTs, the {@code chat} scope on the chat API, {@code audit.read} on the
 * proxied audit API, open health probes, and 401/403 as problem details.
 */
package com.bank.assistant.gateway.security;
