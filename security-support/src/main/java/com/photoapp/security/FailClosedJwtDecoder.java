package com.photoapp.security;

import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Turns a failure to verify (the JWKS cannot be read, the refetch budget is spent) into an invalid
 * token. Spring would answer such a failure with 500; the request must be refused with 401 instead,
 * and nothing of the token may reach the log.
 */
public final class FailClosedJwtDecoder implements JwtDecoder {

	private static final Logger logger = LoggerFactory.getLogger(FailClosedJwtDecoder.class);

	private final JwtDecoder delegate;

	FailClosedJwtDecoder(JwtDecoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public Jwt decode(String token) {
		try {
			return this.delegate.decode(token);
		}
		catch (BadJwtException ex) {
			throw ex;
		}
		catch (JwtException ex) {
			logRefusal(ex);
			throw new BadJwtException("The access token could not be verified", ex);
		}
	}

	/**
	 * Logs why a token could not be verified. A spent refetch budget is what a burst of unknown
	 * key ids looks like, so it is not worth a warning per request; an unreachable JWKS is.
	 * @param ex the failure
	 */
	public static void logRefusal(Throwable ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof RateLimitReachedException) {
			logger.debug("JWKS refetch budget spent, refusing a token with an unknown key");
		}
		else {
			logger.warn("Cannot verify an access token, refusing it: {}", cause.getClass().getSimpleName());
		}
	}

}
