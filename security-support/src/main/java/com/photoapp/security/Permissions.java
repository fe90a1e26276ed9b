package com.photoapp.security;

import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Authorities from Auth0 RBAC: each entry of the token's {@code permissions} claim becomes
 * {@code PERMISSION_<name>}. Scopes grant nothing here; the API's privileges are {@code ops} and {@code reconcile}.
 */
public final class Permissions {

	/** The authority of operators, required on {@code /ops/**}. */
	public static final String OPS = "PERMISSION_ops";

	/**
	 * The authority of storage-service's own token (a machine-to-machine client), which lets its
	 * scheduled reconciliation ask the catalogue which photo ids exist, and nothing else.
	 */
	public static final String RECONCILE = "PERMISSION_reconcile";

	private static final String CLAIM = "permissions";

	private Permissions() {
	}

	public static JwtAuthenticationConverter authenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(Permissions::authorities);
		return converter;
	}

	static Collection<GrantedAuthority> authorities(Jwt jwt) {
		if (!(jwt.getClaims().get(CLAIM) instanceof Collection<?> permissions)) {
			return List.of();
		}
		return permissions.stream()
			.filter(String.class::isInstance)
			.map((permission) -> (GrantedAuthority) new SimpleGrantedAuthority("PERMISSION_" + permission))
			.toList();
	}

	/** The converter as a Spring {@link Converter}, for the reactive adapter. */
	public static Converter<Jwt, Collection<GrantedAuthority>> authoritiesConverter() {
		return Permissions::authorities;
	}

}
