package com.photoapp.security;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the servlet decoder: RS256 only, keys from the cached JWKS, the checks of {@link AccessTokenValidators}. */
public final class AccessTokenDecoders {

	private AccessTokenDecoders() {
	}

	public static JwtDecoder servlet(ApiSecurityProperties properties) {
		return servlet(properties, IssuerKeys.remote(properties), Clock.systemUTC());
	}

	public static JwtDecoder servlet(ApiSecurityProperties properties, JWKSource<SecurityContext> keys, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
			.jwsAlgorithm(AccessTokenValidators.ALGORITHM)
			.build();
		decoder.setJwtValidator(AccessTokenValidators.forApi(properties, clock));
		return new FailClosedJwtDecoder(decoder);
	}

}
