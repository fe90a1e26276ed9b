package com.photoapp.security;

import java.net.MalformedURLException;
import java.net.URL;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * The issuer's signing keys, read from its JWKS and cached for a bounded time, so that a rotated-in
 * key is picked up and a removed key stops verifying without a restart.
 * <p>
 * The cache is refreshed ahead of expiry; a token with an unknown {@code kid} triggers a refetch,
 * but at most two fetches happen per {@code jwks-refetch-interval}. There is no outage tolerance:
 * once the TTL has passed and the JWKS cannot be read, every token is refused (fail closed).
 */
public final class IssuerKeys {

	private static final int CONNECT_TIMEOUT_MILLIS = 2000;

	private static final int READ_TIMEOUT_MILLIS = 2000;

	private static final int SIZE_LIMIT_BYTES = 64 * 1024;

	private IssuerKeys() {
	}

	public static JWKSource<SecurityContext> remote(ApiSecurityProperties properties) {
		long ttl = properties.jwksCacheTtl().toMillis();
		long refreshTimeout = Math.min(ttl / 2, READ_TIMEOUT_MILLIS + CONNECT_TIMEOUT_MILLIS);
		return JWKSourceBuilder
			.<SecurityContext>create(url(properties),
					new DefaultResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
			.cache(ttl, refreshTimeout)
			.refreshAheadCache(Math.min(ttl / 4, JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME), false)
			.rateLimited(properties.jwksRefetchInterval().toMillis())
			.retrying(false)
			.outageTolerant(false)
			.build();
	}

	private static URL url(ApiSecurityProperties properties) {
		try {
			return properties.jwkSetUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("photoapp.security.jwk-set-uri is not a URL", ex);
		}
	}

}
