package com.bank.assistant.gateway.security;

import java.net.URI;

import com.bank.assistant.gateway.GatewayProperties;
import com.bank.assistant.gateway.ratelimit.CustomerRateLimitFilter;
import com.bank.assistant.gateway.web.ProblemWriter;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * One filter chain: health probes, the chat page and the API document open; each API
 * prefix needs its scope ({@link ScopedPaths}); anything else a valid token. No session,
 * no CSRF: every call carries its bearer token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ProblemWriter problems,
			RedisRateLimiter limiter, GatewayProperties properties) {
		ProblemEntryPoint entryPoint = new ProblemEntryPoint(problems);
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties.web().issuer()))))
			.authorizeExchange(SecurityConfiguration::authorize)
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.addFilterAfter(new CustomerRateLimitFilter(limiter, problems), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

	/**
	 * The chat page loads only its own files and talks only to the gateway and, for the
	 * token request, the authorization server.
	 */
	static String contentSecurityPolicy(String issuer) {
		URI origin = URI.create(issuer).resolve("/");
		String issuerOrigin = origin.getScheme() + "://" + origin.getRawAuthority();
		return "default-src 'self'; connect-src 'self' " + issuerOrigin
				+ "; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
	}

	private static void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, ScopedPaths.OPEN).permitAll();
		for (ScopedPaths.ScopedPath rule : ScopedPaths.RULES) {
			exchanges.pathMatchers(rule.pattern()).hasAuthority(rule.authority());
		}
		exchanges.anyExchange().authenticated();
	}

}
