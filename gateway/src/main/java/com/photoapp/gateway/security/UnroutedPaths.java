package com.photoapp.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers 404 for the services' internal and ops paths before anything else runs, so that no
 * future route can expose them at the edge. Actuator paths are not listed: this filter also runs
 * on the management port, whose health endpoint must stay reachable, and the public port has no
 * actuator at all ({@code management.server.port} differs).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class UnroutedPaths implements WebFilter {

	private static final List<String> PREFIXES = List.of("/internal", "/ops");

	private static final byte[] BODY = ("{\"type\":\"https://photoapp.dev/problems/not-found\",\"title\":\"Not Found\","
			+ "\"status\":404,\"detail\":\"No such resource.\"}")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (isUnrouted(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return ProblemResponses.write(exchange.getResponse(), HttpStatus.NOT_FOUND, BODY, null);
		}
		return chain.filter(exchange);
	}

	static boolean isUnrouted(String path) {
		String normalized = path.toLowerCase().replaceAll("/{2,}", "/");
		return PREFIXES.stream()
			.anyMatch((prefix) -> normalized.equals(prefix) || normalized.startsWith(prefix + "/")
					|| normalized.startsWith(prefix + ";"));
	}

}
