package com.photoapp.testsupport;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import com.nimbusds.jose.jwk.RSAKey;
import com.photoapp.security.AccessTokenDecoders;
import com.photoapp.security.ApiSecurityProperties;
import com.photoapp.security.IssuerKeys;
import com.photoapp.testsupport.AttackTokens.Attack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * security-support's servlet decoder against a controllable JWKS: the attack tokens, the skew
 * boundary on a fixed clock, and the key cache (rotation, withdrawal, unknown-kid bursts, outage).
 */
class ServletDecoderTests {

	private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");

	private static final JwksServer jwks = JwksServer.start();

	private static final ApiSecurityProperties properties = new ApiSecurityProperties(TestTokens.ISSUER,
			URI.create(jwks.uri()), TestTokens.AUDIENCE, null, Duration.ofSeconds(2), Duration.ofMillis(500));

	@AfterAll
	static void stop() {
		jwks.close();
	}

	static List<Attack> refusedTokens() {
		return attacks(jwks.signingKey(), Clock.systemUTC()).refused();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedTokens")
	void refusesToken(Attack attack) {
		JwtDecoder decoder = AccessTokenDecoders.servlet(properties);

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(attack.token()));
	}

	@Test
	void acceptsAValidToken() {
		String subject = TestTokens.newSubject();

		assertThat(AccessTokenDecoders.servlet(properties)
			.decode(attacks(jwks.signingKey(), Clock.systemUTC()).valid(subject))
			.getSubject()).isEqualTo(subject);
	}

	@Nested
	class SkewBoundary {

		private final AttackTokens tokens = attacks(jwks.signingKey(), Clock.fixed(NOW, ZoneOffset.UTC));

		private final JwtDecoder decoder = AccessTokenDecoders.servlet(properties, IssuerKeys.remote(properties),
				Clock.fixed(NOW, ZoneOffset.UTC));

		@Test
		void acceptsTokenExpired59SecondsAgo() {
			assertThat(this.decoder.decode(this.tokens.expiredAgo(Duration.ofSeconds(59)))).isNotNull();
		}

		@Test
		void refusesTokenExpired61SecondsAgo() {
			assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> this.decoder.decode(this.tokens.expiredAgo(Duration.ofSeconds(61))));
		}

		@Test
		void acceptsTokenValidIn59Seconds() {
			assertThat(this.decoder.decode(this.tokens.notBeforeIn(Duration.ofSeconds(59)))).isNotNull();
		}

		@Test
		void refusesTokenValidIn61Seconds() {
			assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> this.decoder.decode(this.tokens.notBeforeIn(Duration.ofSeconds(61))));
		}

	}

	@Nested
	class KeyCache {

		@Test
		void trustsARotatedKeyWithoutARestart() {
			JwtDecoder decoder = AccessTokenDecoders.servlet(properties);
			decoder.decode(attacks(jwks.signingKey(), Clock.systemUTC()).valid(TestTokens.newSubject()));

			RSAKey next = jwks.rotate();

			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
					decoder.decode(attacks(next, Clock.systemUTC()).valid(TestTokens.newSubject()))).isNotNull());
		}

		@Test
		void stopsTrustingAWithdrawnKeyWithinTheTtl() {
			JwtDecoder decoder = AccessTokenDecoders.servlet(properties);
			RSAKey old = jwks.signingKey();
			decoder.decode(attacks(old, Clock.systemUTC()).valid(TestTokens.newSubject()));

			jwks.rotate();
			jwks.withdraw(old.getKeyID());

			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> decoder.decode(attacks(old, Clock.systemUTC()).valid(TestTokens.newSubject()))));
		}

		@Test
		void burstOfUnknownKidsCausesAtMostTwoFetchesPerInterval() {
			JwtDecoder decoder = AccessTokenDecoders.servlet(properties);
			AttackTokens tokens = attacks(jwks.signingKey(), Clock.systemUTC());
			decoder.decode(tokens.valid(TestTokens.newSubject()));
			int before = jwks.fetches();

			long started = System.nanoTime();
			IntStream.range(0, 100).forEach((i) -> assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> decoder.decode(tokens.unknownKid())));
			long intervals = 1 + Duration.ofNanos(System.nanoTime() - started).toMillis() / 500;

			assertThat(jwks.fetches() - before).isLessThanOrEqualTo((int) (2 * intervals));
		}

		@Test
		void failsClosedWhenTheJwksIsDownAfterTheTtl() {
			JwtDecoder decoder = AccessTokenDecoders.servlet(properties);
			AttackTokens tokens = attacks(jwks.signingKey(), Clock.systemUTC());
			decoder.decode(tokens.valid(TestTokens.newSubject()));

			jwks.down();
			try {
				await().atMost(Duration.ofSeconds(5))
					.untilAsserted(() -> assertThatExceptionOfType(BadJwtException.class)
						.isThrownBy(() -> decoder.decode(tokens.valid(TestTokens.newSubject()))));
			}
			finally {
				jwks.up();
			}
		}

		@Test
		void refusesEveryTokenWhenTheJwksIsDownFromTheStart() {
			jwks.down();
			try {
				JwtDecoder decoder = AccessTokenDecoders.servlet(properties);

				assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder
					.decode(attacks(jwks.signingKey(), Clock.systemUTC()).valid(TestTokens.newSubject())));
			}
			finally {
				jwks.up();
			}
		}

	}

	private static AttackTokens attacks(RSAKey key, Clock clock) {
		return new AttackTokens(key, TestTokens.ISSUER, TestTokens.AUDIENCE, clock);
	}

}
