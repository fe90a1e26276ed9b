package com.photoapp.gateway.security;

import com.photoapp.security.SecurityProblem;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/** Writes the shared {@link SecurityProblem}s at the edge, with their {@code WWW-Authenticate} challenge. */
final class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		return write(exchange.getResponse(), SecurityProblem.of(ex));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return write(exchange.getResponse(), SecurityProblem.FORBIDDEN);
	}

	static Mono<Void> write(ServerHttpResponse response, SecurityProblem problem) {
		return write(response, HttpStatus.valueOf(problem.status()), problem.body(), problem.challenge());
	}

	static Mono<Void> write(ServerHttpResponse response, HttpStatus status, byte[] body, String challenge) {
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		if (challenge != null) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(body.length);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
