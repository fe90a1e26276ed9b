package com.photoapp.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Derives the owner of data from a validated token, the same way in every service: a name-based
 * UUID of {@code iss + "|" + sub}. Nothing a client sends in a body, query or header takes part.
 */
public final class OwnerIds {

	private OwnerIds() {
	}

	public static UUID of(Jwt jwt) {
		return of(jwt.getClaimAsString("iss"), jwt.getSubject());
	}

	public static UUID of(String issuer, String subject) {
		if (issuer == null || issuer.isEmpty()) {
			throw new IllegalArgumentException("issuer must not be empty");
		}
		if (subject == null || subject.isEmpty()) {
			throw new IllegalArgumentException("subject must not be empty");
		}
		return UUID.nameUUIDFromBytes((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8));
	}

}
