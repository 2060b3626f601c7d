package com.bank.assistant.auth.client;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormCodecTest {

	@Test
	void readsTheCsrfTokenOfTheLoginForm() {
		String html = "<form><input name=\"username\"/><input name=\"_csrf\" type=\"hidden\" value=\"a-b_c=\" /></form>";

		assertThat(FormCodec.csrfToken(html)).contains("a-b_c=");
	}

	@Test
	void decodesTheAuthorizationResponse() {
		URI callback = URI.create("http://127.0.0.1:8079/callback?code=x%2By&state=s1");

		assertThat(FormCodec.queryOf(callback)).containsEntry("code", "x+y").containsEntry("state", "s1");
	}

	@Test
	void readsTheAccessTokenOfATokenResponse() {
		assertThat(FormCodec.accessToken("{\"access_token\" : \"e.y.z\",\"token_type\":\"Bearer\"}")).contains("e.y.z");
	}

	@Test
	void encodesFormValues() {
		assertThat(FormCodec.encode(Map.of("scope", "openid chat"))).isEqualTo("scope=openid+chat");
	}

	@Test
	void challengeIsTheS256OfTheVerifier() {
		// The example of RFC 7636, appendix B.
		PkceChallenge pkce = PkceChallenge.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

		assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

}
