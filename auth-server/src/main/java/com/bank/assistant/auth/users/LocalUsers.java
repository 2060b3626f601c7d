package com.bank.assistant.auth.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo users of the local stack; the username is the customer id the gateway reads
 * from the token's subject.
 */
@Configuration(proxyBeanMethods = false)
class LocalUsers {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(PasswordEncoder encoder) {
		return new InMemoryUserDetailsManager(user("demo", UserScopes.CUSTOMER, encoder),
				user("bob", UserScopes.CUSTOMER, encoder), user("compliance", UserScopes.COMPLIANCE, encoder),
				user("product", UserScopes.PRODUCT, encoder), user("ops", UserScopes.OPERATIONS, encoder));
	}

	private static UserDetails user(String name, String role, PasswordEncoder encoder) {
		// A local demo IdP: each password is the username, stored as a bcrypt hash.
		return User.withUsername(name).password(encoder.encode(name)).roles(role).build();
	}

}
