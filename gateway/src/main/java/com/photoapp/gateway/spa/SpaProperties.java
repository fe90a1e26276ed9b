package com.photoapp.gateway.spa;

import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the SPA needs to sign people in, handed to it at runtime so the same build works against
 * the local issuer and a real Auth0 tenant.
 *
 * @param issuer the OIDC issuer the browser talks to
 * @param clientId the SPA's public client id
 * @param audience the API identifier to request tokens for
 * @param scope the scopes to request
 */
@ConfigurationProperties("photoapp.spa")
public record SpaProperties(String issuer, String clientId, String audience, String scope) {

	public SpaProperties {
		Objects.requireNonNull(issuer, "photoapp.spa.issuer must be set");
		Objects.requireNonNull(clientId, "photoapp.spa.client-id must be set");
		Objects.requireNonNull(audience, "photoapp.spa.audience must be set");
		scope = (scope != null) ? scope : "openid profile email";
	}

}
