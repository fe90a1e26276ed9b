package com.photoapp.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.photoapp.security.OwnerIds;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signs access tokens with a throwaway RSA key and serves the matching JWKS from a local HTTP
 * server, so that tests go through the service's real token validation.
 */
public final class TestTokens {

	public static final String ISSUER = "https://issuer.photoapp.test/";

	public static final String AUDIENCE = "https://api.photoapp.test";

	private static TestTokens shared;

	private final JwksServer jwks;

	private TestTokens(JwksServer jwks) {
		this.jwks = jwks;
	}

	/** Tokens signed with the keys of the given server, for tests that rotate or withdraw keys. */
	public static TestTokens issuedBy(JwksServer jwks) {
		return new TestTokens(jwks);
	}

	public static synchronized TestTokens shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	/** Points the service's token validation at this issuer. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("photoapp.security.issuer-uri", () -> ISSUER);
		registry.add("photoapp.security.audience", () -> AUDIENCE);
		registry.add("photoapp.security.jwk-set-uri", () -> shared().jwkSetUri());
	}

	public static UUID ownerOf(String subject) {
		return OwnerIds.of(ISSUER, subject);
	}

	/** A random subject, so that each test has an owner of its own. */
	public static String newSubject() {
		return "test|" + UUID.randomUUID();
	}

	public String jwkSetUri() {
		return this.jwks.uri();
	}

	public JwksServer jwks() {
		return this.jwks;
	}

	/** Tokens that must be refused, built around this issuer's current key. */
	public AttackTokens attacks() {
		return new AttackTokens(this.jwks.signingKey(), ISSUER, AUDIENCE, Clock.systemUTC());
	}

	public String accessToken(String subject) {
		return accessToken(subject, Map.of());
	}

	public String accessToken(String subject, Map<String, Object> extraClaims) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(subject)
			.audience(List.of(AUDIENCE))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
		extraClaims.forEach(claims::claim);
		RSAKey key = this.jwks.signingKey();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static TestTokens start() {
		JwksServer jwks = JwksServer.start();
		Runtime.getRuntime().addShutdownHook(new Thread(jwks::close, "test-jwks-stop"));
		return new TestTokens(jwks);
	}

}
