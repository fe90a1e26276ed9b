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
 * @param jwksCacheTtl how long fetched keys are trusted before the JWKS must be read again, which
 * bounds how long a key removed by the issuer keeps verifying tokens
 * @param jwksRefetchInterval at most two JWKS fetches happen per interval, however many tokens
 * with an unknown {@code kid} arrive
 */
@ConfigurationProperties("photoapp.security")
public record ApiSecurityProperties(String issuerUri, URI jwkSetUri, String audience, Duration clockSkew,
		Duration jwksCacheTtl, Duration jwksRefetchInterval) {

	private static final Duration MAX_SKEW = Duration.ofSeconds(60);

	private static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(5);

	private static final Duration DEFAULT_REFETCH_INTERVAL = Duration.ofSeconds(30);

	public ApiSecurityProperties {
		Objects.requireNonNull(issuerUri, "photoapp.security.issuer-uri must be set");
		Objects.requireNonNull(jwkSetUri, "photoapp.security.jwk-set-uri must be set");
		Objects.requireNonNull(audience, "photoapp.security.audience must be set");
		clockSkew = (clockSkew != null) ? clockSkew : MAX_SKEW;
		if (clockSkew.isNegative() || clockSkew.compareTo(MAX_SKEW) > 0) {
			throw new IllegalArgumentException("photoapp.security.clock-skew must be between 0 and 60s");
		}
		jwksCacheTtl = (jwksCacheTtl != null) ? jwksCacheTtl : DEFAULT_CACHE_TTL;
		jwksRefetchInterval = (jwksRefetchInterval != null) ? jwksRefetchInterval : DEFAULT_REFETCH_INTERVAL;
		if (jwksCacheTtl.compareTo(Duration.ofSeconds(1)) < 0 || jwksCacheTtl.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException("photoapp.security.jwks-cache-ttl must be between 1s and 1h");
		}
		if (jwksRefetchInterval.isNegative() || jwksRefetchInterval.compareTo(jwksCacheTtl) >= 0) {
			throw new IllegalArgumentException(
					"photoapp.security.jwks-refetch-interval must be positive and shorter than the cache TTL");
		}
	}

	/** The given issuer settings with the default skew and cache. */
	public static ApiSecurityProperties of(String issuerUri, URI jwkSetUri, String audience) {
		return new ApiSecurityProperties(issuerUri, jwkSetUri, audience, null, null, null);
	}

}
