package com.bank.assistant.auth.client;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Gets an access token for a confidential client with the OAuth2 client-credentials
 * grant.
 */
public final class ClientCredentials {

	/** The operations tools' client. */
	public static final String OPS_CLIENT_ID = "assistant-ops";

	private final URI issuer;

	private final String clientId;

	private final String secret;

	/** A client of the authorization server at {@code issuer}. */
	public ClientCredentials(URI issuer, String clientId, String secret) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.secret = secret;
	}

	/**
	 * The operations client, with its secret from {@code AUTH_OPS_SECRET} or the local
	 * stack's default.
	 */
	public static ClientCredentials ops(URI issuer) {
		return new ClientCredentials(issuer, OPS_CLIENT_ID,
				System.getenv().getOrDefault("AUTH_OPS_SECRET", "ops-secret"));
	}

	/**
	 * An access token with these space-separated scopes, or a
	 * {@link LoginFailedException} saying why not.
	 */
	public String accessToken(String scope) {
		String basic = Base64.getEncoder()
			.encodeToString((this.clientId + ":" + this.secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(this.issuer.resolve("/oauth2/token"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(FormCodec.encode(Map.of("grant_type", "client_credentials", "scope", scope))))
			.build();
		HttpResponse<String> response = LoginSession.open(URI.create("about:blank")).send(request);
		return FormCodec.accessToken(response.body())
			.filter((token) -> response.statusCode() == 200)
			.orElseThrow(() -> new LoginFailedException("The authorization server refused client " + this.clientId
					+ " (" + response.statusCode() + "): " + response.body()));
	}

}
