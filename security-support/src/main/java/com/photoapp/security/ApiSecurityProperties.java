package com.photoapp.security;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where access tokens come from and whom they must be for.
 *
 * @param issuerUri the exact {@code iss} value (Auth0's ends with a slash)
 * @param jwkSetUri the issuer's JWKS endpoint
 * @param audience the API identifier that {@code aud} must contain
 * @param clockSkew tolerance applied to {@code exp} and {@code nbf}; RFC 8725 suggests keeping it small
 */
@ConfigurationProperties("photoapp.security")
public record ApiSecurityProperties(String issuerUri, URI jwkSetUri, String audience, Duration clockSkew) {

	private static final Duration MAX_SKEW = Duration.ofSeconds(60);

	public ApiSecurityProperties {
		Objects.requireNonNull(issuerUri, "photoapp.security.issuer-uri must be set");
		Objects.requireNonNull(jwkSetUri, "photoapp.security.jwk-set-uri must be set");
		Objects.requireNonNull(audience, "photoapp.security.audience must be set");
		clockSkew = (clockSkew != null) ? clockSkew : MAX_SKEW;
		if (clockSkew.isNegative() || clockSkew.compareTo(MAX_SKEW) > 0) {
			throw new IllegalArgumentException("photoapp.security.clock-skew must be between 0 and 60s");
		}
	}

}
