package com.photoapp.issuer.token;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.photoapp.issuer.IssuerProperties;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Shapes tokens like Auth0's: access tokens are for the API ({@code aud} = API identifier, where SAS
 * would put the client id) and carry the user's name and e-mail, which user-service copies into the
 * profile; ID tokens keep the client id as audience and carry the claims their scopes grant.
 */
@Component
class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final String audience;

	private final Map<String, IssuerProperties.User> users;

	private final Map<String, IssuerProperties.ServiceClient> serviceClients;

	TokenClaimsCustomizer(IssuerProperties properties) {
		this.audience = properties.audience();
		this.users = properties.users()
			.stream()
			.collect(Collectors.toUnmodifiableMap(IssuerProperties.User::username, Function.identity()));
		this.serviceClients = properties.serviceClients()
			.stream()
			.collect(Collectors.toUnmodifiableMap(IssuerProperties.ServiceClient::clientId, Function.identity()));
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			addServiceTokenClaims(context, this.serviceClients.get(context.getRegisteredClient().getClientId()));
			return;
		}
		IssuerProperties.User user = this.users.get(context.getPrincipal().getName());
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			addAccessTokenClaims(context, user);
		}
		else if (ID_TOKEN.equals(context.getTokenType()) && user != null) {
			addIdTokenClaims(context, user);
		}
	}

	private void addAccessTokenClaims(JwtEncodingContext context, IssuerProperties.User user) {
		context.getClaims().audience(List.of(this.audience));
		if (user != null) {
			context.getClaims()
				.claim(StandardClaimNames.NAME, user.name())
				.claim(StandardClaimNames.EMAIL, user.email());
			if (!user.permissions().isEmpty()) {
				// Auth0 RBAC with "Add Permissions in the Access Token" writes this claim.
				context.getClaims().claim("permissions", user.permissions());
			}
		}
	}

	// The client id is already the subject, as Auth0 makes it for a machine-to-machine application.
	private void addServiceTokenClaims(JwtEncodingContext context, IssuerProperties.ServiceClient client) {
		context.getClaims().audience(List.of(this.audience));
		if (client != null && !client.permissions().isEmpty()) {
			context.getClaims().claim("permissions", client.permissions());
		}
	}

	private static void addIdTokenClaims(JwtEncodingContext context, IssuerProperties.User user) {
		if (context.getAuthorizedScopes().contains(OidcScopes.PROFILE)) {
			context.getClaims().claim(StandardClaimNames.NAME, user.name());
		}
		if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
			context.getClaims()
				.claim(StandardClaimNames.EMAIL, user.email())
				.claim(StandardClaimNames.EMAIL_VERIFIED, true);
		}
	}

}
