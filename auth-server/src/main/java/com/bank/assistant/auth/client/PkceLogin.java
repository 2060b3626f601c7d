package com.bank.assistant.auth.client;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logs a user in through the authorization server as a browser would, without one: the
 * authorization-code flow with PKCE (S256), the server's login form with its CSRF token,
 * then the code exchanged for an access token. Each call uses a fresh cookie jar.
 */
public final class PkceLogin {

	/** The CLI's public client. */
	public static final String CLI_CLIENT_ID = "assistant-cli";

	/** The CLI's registered redirect URI; nothing needs to listen there. */
	public static final URI CLI_REDIRECT_URI = URI.create("http://127.0.0.1:8079/callback");

	private final URI issuer;

	private final String clientId;

	private final URI redirectUri;

	private final String scope;

	/** A login for this public client, asking for these space-separated scopes. */
	public PkceLogin(URI issuer, String clientId, URI redirectUri, String scope) {
		this.issuer = URI.create(issuer.toString().replaceAll("/+$", "") + "/");
		this.clientId = clientId;
		this.redirectUri = redirectUri;
		this.scope = scope;
	}

	/** A login as the CLI ({@code assistant-cli}, scopes {@code openid chat}). */
	public static PkceLogin cli(URI issuer) {
		return new PkceLogin(issuer, CLI_CLIENT_ID, CLI_REDIRECT_URI, "openid chat");
	}

	/**
	 * The access token (a signed JWT) of this user, or a {@link LoginFailedException}
	 * saying why there is none (wrong password, server down, client refused).
	 */
	public String accessToken(String username, String password) {
		PkceChallenge pkce = PkceChallenge.create();
		String state = PkceChallenge.randomToken();
		LoginSession session = LoginSession.open(this.redirectUri);
		LoginSession.Hop loginForm = session.follow(LoginSession.get(authorizeUri(pkce, state)));
		LoginSession.Hop afterLogin = (loginForm.callback() != null) ? loginForm
				: logIn(session, loginForm, username, password);
		String code = codeFrom(afterLogin.callback(), state);
		return exchange(session, code, pkce);
	}

	private URI authorizeUri(PkceChallenge pkce, String state) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", this.clientId);
		query.put("redirect_uri", this.redirectUri.toString());
		query.put("scope", this.scope);
		query.put("state", state);
		query.put("code_challenge", pkce.challenge());
		query.put("code_challenge_method", "S256");
		return this.issuer.resolve("oauth2/authorize?" + FormCodec.encode(query));
	}

	private LoginSession.Hop logIn(LoginSession session, LoginSession.Hop loginForm, String username, String password) {
		String csrf = FormCodec.csrfToken(loginForm.page().body())
			.orElseThrow(() -> new LoginFailedException("No login form at " + loginForm.page().uri()));
		Map<String, String> form = Map.of("username", username, "password", password, "_csrf", csrf);
		LoginSession.Hop result = session.follow(LoginSession.post(loginForm.page().uri(), form));
		if (result.callback() == null) {
			throw new LoginFailedException("Login refused for user '" + username + "': wrong username or password ("
					+ result.page().uri() + ")");
		}
		return result;
	}

	private String codeFrom(URI callback, String state) {
		Map<String, String> parameters = FormCodec.queryOf(callback);
		if (parameters.containsKey("error")) {
			throw new LoginFailedException("Authorization refused: " + parameters.get("error") + " "
					+ parameters.getOrDefault("error_description", ""));
		}
		if (!state.equals(parameters.get("state")) || !parameters.containsKey("code")) {
			throw new LoginFailedException("Unexpected authorization response " + callback);
		}
		return parameters.get("code");
	}

	private String exchange(LoginSession session, String code, PkceChallenge pkce) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", this.redirectUri.toString());
		form.put("client_id", this.clientId);
		form.put("code_verifier", pkce.verifier());
		HttpResponse<String> response = session.send(LoginSession.post(this.issuer.resolve("oauth2/token"), form));
		return FormCodec.accessToken(response.body())
			.filter((token) -> response.statusCode() == 200)
			.orElseThrow(() -> new LoginFailedException(
					"Token request refused (" + response.statusCode() + "): " + response.body()));
	}

}
