package com.bank.assistant.auth.users;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Narrows a user's access token to the scopes the user's role may hold, so a compliance
 * officer logging in through a chat client gets no {@code chat} scope.
 */
@Component
class UserScopeTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	@Override
	public void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
				|| AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			return;
		}
		context.getClaims()
			.claim("scope", UserScopes.allowed(context.getAuthorizedScopes(), context.getPrincipal().getAuthorities()));
	}

}
