package com.photoapp.issuer.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.photoapp.issuer.IssuerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The single-page app as an OAuth 2.1 public client: no secret, authorization code with PKCE, no
 * consent screen. Its origins may call the endpoints a browser app calls with {@code fetch}. Beside
 * it, any configured service clients, which get tokens with the client credentials grant.
 */
@Configuration(proxyBeanMethods = false)
class SpaClientConfiguration {

	/** Endpoints the SPA calls from script; the authorization and logout endpoints are page navigations. */
	private static final List<String> BROWSER_ENDPOINTS = List.of("/oauth2/token", "/oauth2/jwks", "/oauth2/revoke",
			"/userinfo", "/.well-known/**");

	@Bean
	RegisteredClientRepository registeredClientRepository(IssuerProperties properties) {
		List<RegisteredClient> clients = new ArrayList<>();
		clients.add(spaClient(properties));
		properties.serviceClients().forEach((client) -> clients.add(serviceClient(client, properties)));
		return new InMemoryRegisteredClientRepository(clients);
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(IssuerProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(
				properties.redirectUris().stream().map(SpaClientConfiguration::origin).distinct().toList());
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		BROWSER_ENDPOINTS.forEach((path) -> source.registerCorsConfiguration(path, cors));
		return source;
	}

	private static RegisteredClient spaClient(IssuerProperties properties) {
		// SAS issues no refresh token to a client without authentication (ClientAuthenticationMethod.NONE);
		// the refresh_token grant mirrors the Auth0 application's settings but stays unused here.
		RegisteredClient.Builder client = RegisteredClient.withId(properties.spaClientId())
			.clientId(properties.spaClientId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder()
				.requireProofKey(true)
				.requireAuthorizationConsent(false)
				.build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTimeToLive()).build());
		properties.redirectUris()
			.forEach((uri) -> client.redirectUri(uri.toString()).postLogoutRedirectUri(uri.toString()));
		return client.build();
	}

	// A service calling for itself: client credentials only, authenticated with its secret.
	private static RegisteredClient serviceClient(IssuerProperties.ServiceClient client, IssuerProperties properties) {
		return RegisteredClient.withId(client.clientId())
			.clientId(client.clientId())
			.clientSecret("{noop}" + client.secret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTimeToLive()).build())
			.build();
	}

	private static String origin(URI uri) {
		return (uri.getPort() != -1) ? uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()
				: uri.getScheme() + "://" + uri.getHost();
	}

}
