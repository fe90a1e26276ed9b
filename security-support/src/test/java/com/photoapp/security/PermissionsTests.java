package com.photoapp.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsTests {

	@Test
	void permissionsClaimBecomesAuthorities() {
		assertThat(authorities(jwt().claim("permissions", List.of("ops", "read:photos"))))
			.containsExactly("PERMISSION_ops", "PERMISSION_read:photos");
	}

	@Test
	void scopesGrantNoAuthority() {
		assertThat(authorities(jwt().claim("scope", "openid ops"))).isEmpty();
	}

	@Test
	void permissionsThatAreNotAListGrantNothing() {
		assertThat(authorities(jwt().claim("permissions", "ops"))).isEmpty();
	}

	private static List<String> authorities(Jwt.Builder jwt) {
		return Permissions.authorities(jwt.build()).stream().map(GrantedAuthority::getAuthority).toList();
	}

	private static Jwt.Builder jwt() {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("s").issuedAt(Instant.now());
	}

}
