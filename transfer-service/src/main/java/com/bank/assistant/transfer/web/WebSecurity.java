package com.bank.assistant.transfer.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * transfer-service validates the customer's JWT itself (the gateway relays it untouched):
 * health and Prometheus open for probes and scraping inside the cluster, the step-up
 * endpoint needs scope {@code chat}, everything else is denied. No session, no CSRF.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

	@Bean
	SecurityFilterChain transferSecurity(HttpSecurity http) {
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
				.permitAll()
				.requestMatchers("/api/conversations/*/step-up")
				.hasAuthority("SCOPE_chat")
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			.build();
	}

}
