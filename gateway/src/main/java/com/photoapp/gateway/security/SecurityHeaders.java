package com.photoapp.gateway.security;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds the Content-Security-Policy and the other headers Spring Security does not write: a strict
 * policy for the SPA that lets it talk to the configured issuer, and a sandboxing policy for API
 * responses, which include the users' own files and never need to run anything.
 */
final class SecurityHeaders implements WebFilter {

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

	private final String spaPolicy;

	SecurityHeaders(URI issuer) {
		String issuerOrigin = origin(issuer);
		this.spaPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
				+ "connect-src 'self' " + issuerOrigin + "; frame-src " + issuerOrigin + "; form-action 'self' "
				+ issuerOrigin + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		boolean api = exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/");
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("Content-Security-Policy", api ? API_POLICY : this.spaPolicy);
			headers.set("Referrer-Policy", "no-referrer");
			headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
			headers.set("Cross-Origin-Opener-Policy", "same-origin");
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	static String origin(URI uri) {
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
