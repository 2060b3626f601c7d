package com.bank.assistant.auth.client;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and writes the bits of HTML, URLs and JSON the login flow needs. */
final class FormCodec {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private FormCodec() {
	}

	/** The pairs as {@code application/x-www-form-urlencoded} (or a query string). */
	static String encode(Map<String, String> pairs) {
		return pairs.entrySet()
			.stream()
			.map((pair) -> pair.getKey() + "=" + URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** The decoded query parameters of this URI. */
	static Map<String, String> queryOf(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = (uri.getRawQuery() != null) ? uri.getRawQuery() : "";
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(pair.substring(0, equals),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	/** The CSRF token of the login form in this page, if it has one. */
	static Optional<String> csrfToken(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		if (!input.find()) {
			return Optional.empty();
		}
		Matcher value = VALUE.matcher(input.group());
		return value.find() ? Optional.of(value.group(1)) : Optional.empty();
	}

	/** The access token in a token endpoint response, if it has one. */
	static Optional<String> accessToken(String json) {
		Matcher token = ACCESS_TOKEN.matcher(json);
		return token.find() ? Optional.of(token.group(1)) : Optional.empty();
	}

}
