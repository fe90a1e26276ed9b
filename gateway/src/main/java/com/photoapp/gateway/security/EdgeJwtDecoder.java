package com.photoapp.gateway.security;

import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import com.photoapp.security.AccessTokenValidators;
import com.photoapp.security.ApiSecurityProperties;
import com.photoapp.security.FailClosedJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The edge's token check, built from the same validators and the same bounded, rate-limited JWKS
 * cache as the services. Spring's reactive JWKS source keeps keys forever and refetches on every
 * unknown {@code kid}; this one reads the blocking Nimbus cache on the bounded-elastic scheduler.
 * Any failure to verify, the JWKS being unreachable included, refuses the token.
 */
final class EdgeJwtDecoder implements ReactiveJwtDecoder {

	private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.parse(AccessTokenValidators.ALGORITHM.getName());

	private final ReactiveJwtDecoder delegate;

	EdgeJwtDecoder(ApiSecurityProperties properties, JWKSource<SecurityContext> keys, Clock clock) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource((jwt) -> keysFor(keys, jwt))
			.jwsAlgorithm(AccessTokenValidators.ALGORITHM)
			// Like the servlet decoder: "typ" may be JWT or RFC 9068's at+jwt; aud tells access from ID tokens.
			.validateType(false)
			.build();
		decoder.setJwtValidator(AccessTokenValidators.forApi(properties, clock));
		this.delegate = decoder;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		return this.delegate.decode(token).onErrorMap((ex) -> !(ex instanceof BadJwtException), (ex) -> {
			FailClosedJwtDecoder.logRefusal(ex);
			return new BadJwtException("The access token could not be verified", ex);
		});
	}

	// Only RS256 headers reach the key source, so no other algorithm can cause a JWKS fetch.
	private static Flux<JWK> keysFor(JWKSource<SecurityContext> keys, SignedJWT jwt) {
		if (!ALGORITHM.equals(jwt.getHeader().getAlgorithm())) {
			return Flux.empty();
		}
		JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
		return Mono.fromCallable(() -> keys.get(selector, null))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapIterable((List<JWK> found) -> found);
	}

}
