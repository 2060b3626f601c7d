package com.bank.assistant.auth;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The local OAuth2 authorization server that issues the assistant's access tokens. */
@SpringBootApplication
public class AuthServerApplication {

	/**
	 * The config file name: not {@code application}, so that the server also starts
	 * beside another application (the gateway's tests) without reading its settings.
	 */
	public static final String CONFIG_NAME = "auth-server";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * A builder for this server, reading {@code auth-server.yml}; tests add properties
	 * and run it.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(AuthServerApplication.class).web(WebApplicationType.SERVLET)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
