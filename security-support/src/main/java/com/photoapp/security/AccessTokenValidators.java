package com.photoapp.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The claim checks every hop applies to an access token, as RFC 9068 and RFC 8725 ask. Spring's
 * defaults check neither the audience nor a missing {@code exp}, so both are added here.
 */
public final class AccessTokenValidators {

	/** The only signature algorithm accepted; the decoders are built with it as well. */
	public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

	private AccessTokenValidators() {
	}

	public static OAuth2TokenValidator<Jwt> forApi(ApiSecurityProperties properties) {
		return forApi(properties, Clock.systemUTC());
	}

	/**
	 * The checks, with {@code exp} and {@code nbf} compared against the given clock.
	 * @param properties the issuer, audience and skew
	 * @param clock the current time
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> forApi(ApiSecurityProperties properties, Clock clock) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
		timestamps.setClock(clock);
		// JwtIssuerValidator compares the whole string: "https://tenant.auth0.com" without its slash fails.
		return new DelegatingOAuth2TokenValidator<>(List.of(required(JwtClaimNames.EXP), timestamps,
				new JwtIssuerValidator(properties.issuerUri()), subjectPresent(),
				audienceContains(properties.audience())));
	}

	private static OAuth2TokenValidator<Jwt> required(String claim) {
		return new JwtClaimValidator<>(claim, Objects::nonNull);
	}

	// An empty subject would make every such token the same owner.
	private static OAuth2TokenValidator<Jwt> subjectPresent() {
		return new JwtClaimValidator<Object>(JwtClaimNames.SUB,
				(sub) -> sub instanceof String value && !value.isBlank());
	}

	private static OAuth2TokenValidator<Jwt> audienceContains(String audience) {
		return new JwtClaimValidator<Object>(JwtClaimNames.AUD,
				(aud) -> (aud instanceof Collection<?> values) ? values.contains(audience) : audience.equals(aud));
	}

}
