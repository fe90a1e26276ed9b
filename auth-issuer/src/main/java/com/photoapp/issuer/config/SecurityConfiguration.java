package com.photoapp.issuer.config;

import java.util.Set;

import com.photoapp.issuer.IssuerProperties;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains: the OAuth 2.1 and OpenID Connect endpoints, and the form login (with CSRF) that an
 * unauthenticated authorization request is sent to.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String LOGIN_PAGE = "/login";

	private static final String ERROR_PAGE = "/error";

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
		// A fixed issuer rather than one derived from each request: resource servers compare iss exactly.
		return AuthorizationServerSettings.builder().issuer(properties.issuerUri().toString()).build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc((oidc) -> oidc.providerConfigurationEndpoint((endpoint) -> endpoint
				.providerConfigurationCustomizer(SecurityConfiguration::advertisePublicClientSupport)));
		});
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		http.cors(Customizer.withDefaults());
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browserRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain loginFilterChain(HttpSecurity http) throws Exception {
		// The error page stays reachable so a rejected authorization request shows its 400, not a login form.
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(ERROR_PAGE)
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin(Customizer.withDefaults());
		return http.build();
	}

	// The defaults list neither the "none" client authentication a public client uses nor the scopes the SPA
	// asks for; OIDC client libraries read both from discovery.
	private static void advertisePublicClientSupport(OidcProviderConfiguration.Builder configuration) {
		configuration.tokenEndpointAuthenticationMethod(ClientAuthenticationMethod.NONE.getValue())
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL);
	}

	private static MediaTypeRequestMatcher browserRequests() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

}
