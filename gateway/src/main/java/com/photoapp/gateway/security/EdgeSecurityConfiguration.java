package com.photoapp.gateway.security;

import com.photoapp.security.AccessTokenValidators;
import com.photoapp.security.ApiSecurityProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Refuses every {@code /api/**} request without a valid access token before it reaches a service;
 * the SPA's static files and its runtime configuration are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSecurityProperties.class)
class EdgeSecurityConfiguration {

	@Bean
	ReactiveJwtDecoder jwtDecoder(ApiSecurityProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSetUri(properties.jwkSetUri().toString())
			.jwsAlgorithm(AccessTokenValidators.ALGORITHM)
			.build();
		decoder.setJwtValidator(AccessTokenValidators.forApi(properties));
		return decoder;
	}

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http) {
		return http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/**")
			.authenticated()
			.pathMatchers("/internal/**", "/ops/**")
			.denyAll()
			.anyExchange()
			.permitAll())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			// Bearer tokens travel only in the Authorization header and no cookie carries authority,
			// so there is no ambient credential for CSRF to abuse.
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
	}

}
