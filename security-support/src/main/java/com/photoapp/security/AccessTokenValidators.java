package com.photoapp.security;

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
		return new DelegatingOAuth2TokenValidator<>(List.of(new JwtTimestampValidator(properties.clockSkew()),
				new JwtIssuerValidator(properties.issuerUri()), required(JwtClaimNames.EXP),
				required(JwtClaimNames.SUB), audienceContains(properties.audience())));
	}

	private static OAuth2TokenValidator<Jwt> required(String claim) {
		return new JwtClaimValidator<>(claim, Objects::nonNull);
	}

	private static OAuth2TokenValidator<Jwt> audienceContains(String audience) {
		return new JwtClaimValidator<Object>(JwtClaimNames.AUD,
				(aud) -> (aud instanceof Collection<?> values) ? values.contains(audience) : audience.equals(aud));
	}

}
