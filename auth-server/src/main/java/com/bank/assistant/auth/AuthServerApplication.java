package com.bank.assistant.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;

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

	/**
	 * Auto-configuration prefixes of a service's stack (Spring Cloud, JDBC, Flyway,
	 * Kafka, Redis, the resource server, Resilience4j, the project's own) that the
	 * authorization server must not run when a service's integration tests start it
	 * beside themselves.
	 */
	public static final List<String> SERVICE_STACK = List.of("org.springframework.cloud.",
			"org.springframework.boot.jdbc.", "org.springframework.boot.flyway.", "org.springframework.boot.kafka.",
			"org.springframework.boot.sql.", "org.springframework.boot.data.redis.",
			"org.springframework.boot.security.oauth2.server.resource.", "io.github.resilience4j.",
			"com.bank.assistant.");

	/**
	 * Starts the server in this JVM on a free port, beside another application whose
	 * auto-configurations (named by these prefixes) it must not run; returns its issuer.
	 */
	public static URI startBeside(List<String> excludedPrefixes, String... arguments) {
		int port = freePort();
		URI issuer = URI.create("http://localhost:" + port);
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--server.port=" + port);
		all.add("--spring.security.oauth2.authorizationserver.issuer=" + issuer);
		all.add("--spring.autoconfigure.exclude=" + String.join(",", autoConfigurations(excludedPrefixes)));
		builder().run(all.toArray(String[]::new));
		return issuer;
	}

	/**
	 * The auto-configurations on the class path whose names start with one of these
	 * prefixes.
	 */
	public static List<String> autoConfigurations(List<String> prefixes) {
		return ImportCandidates.load(AutoConfiguration.class, AuthServerApplication.class.getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> prefixes.stream().anyMatch(name::startsWith))
			.toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
