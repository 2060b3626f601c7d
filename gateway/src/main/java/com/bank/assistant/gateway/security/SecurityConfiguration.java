package com.bank.assistant.gateway.security;

import com.bank.assistant.gateway.ratelimit.CustomerRateLimitFilter;
import com.bank.assistant.gateway.web.ProblemWriter;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * One filter chain: health probes open, the audit API needs scope {@code audit.read}, the
 * chat API scope {@code chat}, anything else a valid token. No session, no CSRF: every
 * call carries its bearer token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The audit API, proxied to audit-service. */
	static final String AUDIT_API = "/api/audit/**";

	@Bean
	SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ProblemWriter problems,
			RedisRateLimiter limiter) {
		ProblemEntryPoint entryPoint = new ProblemEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.pathMatchers(AUDIT_API)
				.hasAuthority("SCOPE_audit.read")
				.pathMatchers("/api/**")
				.hasAuthority("SCOPE_chat")
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.addFilterAfter(new CustomerRateLimitFilter(limiter, problems), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

}
