package com.bank.assistant.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The trail validates the caller's JWT itself (the gateway relays it untouched): health
 * and Prometheus open for probes and scraping (the network policy limits who reaches
 * them), everything else needs scope {@code audit.read}. No session, no CSRF.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

	@Bean
	SecurityFilterChain auditSecurity(HttpSecurity http) {
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.anyRequest()
				.hasAuthority(PiiAccess.READ))
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			.build();
	}

}
