package com.bank.assistant.auth.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One browser-like session with the authorization server: a cookie jar, and redirects
 * followed by hand until they reach the client's redirect URI.
 *
 * @param http the client holding the cookie jar
 * @param redirectUri the client's redirect URI, where following stops
 */
record LoginSession(HttpClient http, URI redirectUri) {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final int MAX_REDIRECTS = 10;

	/** A session with an empty cookie jar. */
	static LoginSession open(URI redirectUri) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();
		return new LoginSession(http, redirectUri);
	}

	/** A GET as a browser sends it. */
	static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
	}

	/** A form POST. */
	static HttpRequest post(URI uri, Map<String, String> form) {
		return HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/json")
			.POST(HttpRequest.BodyPublishers.ofString(FormCodec.encode(form)))
			.build();
	}

	/** Sends the request and follows redirects until a page, or the redirect URI. */
	Hop follow(HttpRequest first) {
		HttpResponse<String> response = send(first);
		for (int hops = 0; isRedirect(response) && hops < MAX_REDIRECTS; hops++) {
			URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			if (location.toString().startsWith(this.redirectUri.toString())) {
				return new Hop(response, location);
			}
			response = send(get(location));
		}
		return new Hop(response, null);
	}

	/** Sends one request, or says the server cannot be reached. */
	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new LoginFailedException("Authorization server unreachable at " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LoginFailedException("Interrupted while logging in", ex);
		}
	}

	private static boolean isRedirect(HttpResponse<String> response) {
		int status = response.statusCode();
		return status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent();
	}

	/**
	 * Where a chain of redirects ended.
	 *
	 * @param page the last response
	 * @param callback the redirect URI with the authorization response, or null
	 */
	record Hop(HttpResponse<String> page, URI callback) {
	}

}
