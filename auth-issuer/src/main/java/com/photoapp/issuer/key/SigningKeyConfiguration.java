package com.photoapp.issuer.key;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.photoapp.issuer.IssuerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes the persisted signing key to the authorization server, which signs tokens with it and serves
 * its public half at {@code /oauth2/jwks}.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	@Bean
	JWKSource<SecurityContext> jwkSource(IssuerProperties properties) {
		return new ImmutableJWKSet<>(new JWKSet(new SigningKeyStore(properties.keyFile()).loadOrCreate()));
	}

}
