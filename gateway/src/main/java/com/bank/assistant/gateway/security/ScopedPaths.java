package com.bank.assistant.gateway.security;

import java.util.List;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which scope each part of the gateway needs, first match wins: the one table both the
 * authorization rules and the 403 answers read.
 */
final class ScopedPaths {

	/**
	 * Paths anyone may reach: probes, metrics scraping (as on every service), the chat
	 * page and the API document.
	 */
	static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/",
			"/index.html", "/callback.html", "/assets/**", "/web-config.json", "/openapi.yaml", "/favicon.ico" };

	/** Paths and the scope each needs, most specific first. */
	static final List<ScopedPath> RULES = List.of(new ScopedPath("/api/audit/**", "audit.read"),
			new ScopedPath("/api/catalog/**", "catalog.write"), new ScopedPath("/api/ops/**", "operations"),
			new ScopedPath("/actuator/**", "operations"), new ScopedPath("/api/**", "chat"));

	private ScopedPaths() {
	}

	/** The scope this path needs, if a rule names one. */
	static Optional<String> scopeOf(PathContainer path) {
		return RULES.stream().filter((rule) -> rule.matches(path)).map(ScopedPath::scope).findFirst();
	}

	/**
	 * A path pattern and the scope it needs.
	 *
	 * @param pattern the path pattern
	 * @param scope the OAuth2 scope, without the {@code SCOPE_} authority prefix
	 */
	record ScopedPath(String pattern, String scope) {

		boolean matches(PathContainer path) {
			PathPattern parsed = PathPatternParser.defaultInstance.parse(this.pattern);
			return parsed.matches(path);
		}

		String authority() {
			return "SCOPE_" + this.scope;
		}

	}

}
