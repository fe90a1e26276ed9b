package com.photoapp.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import com.photoapp.gateway.spa.SpaProperties;
import com.photoapp.security.ApiSecurityProperties;
import com.photoapp.security.IssuerKeys;
import com.photoapp.security.Permissions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * The edge's security: every {@code /api/**} request needs a valid access token before it is
 * routed, internal, ops and actuator paths do not exist here, responses carry the security headers,
 * only configured origins may call cross-origin, each user has a request budget, and forwarding
 * headers count only from configured proxies. The SPA's static files and its configuration are
 * public.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ApiSecurityProperties.class, EdgeProperties.class })
class EdgeSecurityConfiguration {

	@Bean
	ReactiveJwtDecoder jwtDecoder(ApiSecurityProperties properties) {
		return new EdgeJwtDecoder(properties, IssuerKeys.remote(properties), Clock.systemUTC());
	}

	@Bean
	SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, EdgeProperties edge) {
		ProblemResponses problems = new ProblemResponses();
		ReactiveJwtAuthenticationConverterAdapter permissions = new ReactiveJwtAuthenticationConverterAdapter(
				Permissions.authenticationConverter());
		return http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/**")
			.authenticated()
			.pathMatchers("/internal/**", "/ops/**")
			.denyAll()
			.anyExchange()
			.permitAll())
			.oauth2ResourceServer((server) -> server.bearerTokenConverter(headerOnly())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(permissions))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.headers((headers) -> headers.frameOptions((frame) -> frame.mode(Mode.DENY))
				.hsts((hsts) -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.cors((cors) -> cors.configurationSource(corsSource(edge.allowedOrigins())))
			.addFilterAfter(new RateLimiter(edge.rateLimit(), Clock.systemUTC()), SecurityWebFiltersOrder.AUTHORIZATION)
			// Bearer tokens travel only in the Authorization header and no cookie carries authority,
			// so there is no ambient credential for CSRF to abuse.
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.build();
	}

	@Bean
	WebFilter unroutedPaths() {
		return new UnroutedPaths();
	}

	@Bean
	WebFilter securityHeaders(SpaProperties spa) {
		return new SecurityHeaders(URI.create(spa.issuer()));
	}

	@Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
	ForwardedHeaderTransformer forwardedHeaderTransformer(EdgeProperties edge) {
		return new TrustedProxies(new HashSet<>(edge.trustedProxies()));
	}

	// RFC 6750's query and form parameters leak tokens into logs and history; only the header counts.
	private static ServerBearerTokenAuthenticationConverter headerOnly() {
		ServerBearerTokenAuthenticationConverter converter = new ServerBearerTokenAuthenticationConverter();
		converter.setAllowUriQueryParameter(false);
		return converter;
	}

	private static CorsConfigurationSource corsSource(List<String> allowedOrigins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(allowedOrigins);
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-None-Match", "Range"));
		cors.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "WWW-Authenticate"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
