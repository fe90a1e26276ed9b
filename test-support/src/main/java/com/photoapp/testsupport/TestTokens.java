package com.photoapp.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.photoapp.security.OwnerIds;
import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signs access tokens with a throwaway RSA key and serves the matching JWKS from a local HTTP
 * server, so that tests go through the service's real token validation.
 */
public final class TestTokens {

	public static final String ISSUER = "https://issuer.photoapp.test/";

	public static final String AUDIENCE = "https://api.photoapp.test";

	private static TestTokens shared;

	private final RSAKey key;

	private final HttpServer server;

	private TestTokens(RSAKey key, HttpServer server) {
		this.key = key;
		this.server = server;
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
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks";
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
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static TestTokens start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/jwks", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
			return new TestTokens(key, server);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
