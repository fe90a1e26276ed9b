package com.photoapp.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes a servlet service a resource server that validates the access token again, so a request
 * that bypasses the gateway is refused as well. Only the {@code Authorization} header is read;
 * {@code /ops/**} needs the {@code ops} permission.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(ApiSecurityProperties.class)
public class ResourceServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(ApiSecurityProperties properties) {
		return AccessTokenDecoders.servlet(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// Actuator answers only on the management port, which the gateway never routes and a
			// NetworkPolicy opens to Prometheus alone; endpoints that are not exposed stay 404.
			.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
			.permitAll()
			.requestMatchers("/api/**", "/internal/**")
			.authenticated()
			.requestMatchers("/ops/**")
			.hasAuthority(Permissions.OPS)
			.anyRequest()
			.denyAll())
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(headerOnly())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(Permissions.authenticationConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	// The defaults already ignore query and form parameters; spelt out because RFC 6750's other
	// two methods leak tokens into logs, history and caches.
	private static DefaultBearerTokenResolver headerOnly() {
		DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
		resolver.setAllowUriQueryParameter(false);
		resolver.setAllowFormEncodedBodyParameter(false);
		return resolver;
	}

}
