package com.bank.assistant.gateway.page;

import com.bank.assistant.gateway.GatewayProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the chat page where to sign in: the authorization server, the public client and
 * the scopes it asks for. Open, and nothing in it is secret.
 */
@RestController
class WebConfigController {

	private final WebConfig config;

	WebConfigController(GatewayProperties properties) {
		GatewayProperties.Web web = properties.web();
		this.config = new WebConfig(web.issuer().replaceAll("/+$", ""), web.clientId(), "openid chat");
	}

	@GetMapping("/web-config.json")
	WebConfig config() {
		return this.config;
	}

	/**
	 * The page's sign-in settings.
	 *
	 * @param issuer the authorization server's issuer URL, without a trailing slash
	 * @param clientId the page's public OAuth2 client
	 * @param scope the scopes it asks for
	 */
	record WebConfig(String issuer, String clientId, String scope) {
	}

}
