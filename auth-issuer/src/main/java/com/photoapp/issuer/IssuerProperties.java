package com.photoapp.issuer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the local issuer. Defaults live in {@code application.yml}.
 *
 * @param issuerUri the exact {@code iss} of every token and the base of the discovery document
 * @param spaClientId client id of the single-page app, a public client
 * @param redirectUris where the SPA may receive codes and land after logout; their origins may call the
 * token endpoint cross-origin
 * @param audience the API identifier put in the {@code aud} of access tokens, as Auth0 does
 * @param accessTokenTimeToLive lifetime of access tokens
 * @param keyFile JWK file holding the RSA signing key, created on first start
 * @param users the people who can sign in
 * @param serviceClients services that get tokens of their own with the client credentials grant, as
 * Auth0's machine-to-machine applications do; none unless configured
 */
@ConfigurationProperties("photoapp.issuer")
public record IssuerProperties(URI issuerUri, String spaClientId, List<URI> redirectUris, String audience,
		Duration accessTokenTimeToLive, Path keyFile, List<User> users, List<ServiceClient> serviceClients) {

	public IssuerProperties {
		Objects.requireNonNull(issuerUri, "photoapp.issuer.issuer-uri must be set");
		Objects.requireNonNull(spaClientId, "photoapp.issuer.spa-client-id must be set");
		Objects.requireNonNull(audience, "photoapp.issuer.audience must be set");
		Objects.requireNonNull(keyFile, "photoapp.issuer.key-file must be set");
		accessTokenTimeToLive = (accessTokenTimeToLive != null) ? accessTokenTimeToLive : Duration.ofMinutes(15);
		redirectUris = List.copyOf(requireNotEmpty(redirectUris, "photoapp.issuer.redirect-uris"));
		users = List.copyOf(requireNotEmpty(users, "photoapp.issuer.users"));
		serviceClients = (serviceClients != null) ? List.copyOf(serviceClients) : List.of();
	}

	private static <T> List<T> requireNotEmpty(List<T> values, String property) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException(property + " must list at least one entry");
		}
		return values;
	}

	/**
	 * A development fixture: someone who can sign in to the local issuer. The password is stored as
	 * configured (for example {@code {noop}alice-password}), which is acceptable only because this module
	 * never runs in production; real people sign in at Auth0.
	 *
	 * @param username login name, also the {@code sub} of the tokens
	 * @param password password with a Spring Security encoding prefix such as {@code {noop}}
	 * @param name display name, the {@code name} claim
	 * @param email the {@code email} claim
	 * @param permissions Auth0 RBAC permissions put in the access token's {@code permissions} claim
	 */
	public record User(String username, String password, String name, String email, List<String> permissions) {

		public User {
			Objects.requireNonNull(username, "photoapp.issuer.users[].username must be set");
			Objects.requireNonNull(password, "photoapp.issuer.users[].password must be set");
			Objects.requireNonNull(name, "photoapp.issuer.users[].name must be set");
			Objects.requireNonNull(email, "photoapp.issuer.users[].email must be set");
			permissions = (permissions != null) ? List.copyOf(permissions) : List.of();
		}

	}

	/**
	 * A confidential client for a service's own calls. Its secret is handed over by whoever starts
	 * the issuer (devstack makes a random one per run), never written in the repository.
	 *
	 * @param clientId the client id, also the {@code sub} of its tokens
	 * @param secret the client secret, sent with HTTP Basic authentication
	 * @param permissions Auth0 RBAC permissions put in its access tokens' {@code permissions} claim
	 */
	public record ServiceClient(String clientId, String secret, List<String> permissions) {

		public ServiceClient {
			Objects.requireNonNull(clientId, "photoapp.issuer.service-clients[].client-id must be set");
			// At most 72: the issuer re-encodes a {noop} secret with BCrypt, which reads no further.
			if (secret == null || secret.length() < 32 || secret.length() > 72) {
				throw new IllegalArgumentException(
						"photoapp.issuer.service-clients[].secret must have 32 to 72 characters");
			}
			permissions = (permissions != null) ? List.copyOf(permissions) : List.of();
		}

		// The secret stays out of logs and failure reports.
		@Override
		public String toString() {
			return "ServiceClient[clientId=" + this.clientId + ", permissions=" + this.permissions + "]";
		}

	}

}
