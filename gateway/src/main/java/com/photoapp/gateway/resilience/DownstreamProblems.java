package com.photoapp.gateway.resilience;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns a refused or failed hop into a short problem-details answer: 503 with {@code Retry-After}
 * when a circuit is open, a service cannot be reached or the uploads are full, 504 when a service
 * took longer than its time limit, and 502 or 503 when it answered with a server error.
 */
final class DownstreamProblems implements WebExceptionHandler {

	private static final String TYPES = "https://photoapp.dev/problems/";

	private final long retryAfterSeconds;

	DownstreamProblems(long retryAfterSeconds) {
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		if (ex instanceof ServiceUnavailableException || has(ex, CallNotPermittedException.class)
				|| has(ex, ConnectException.class)) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
			return write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
					"The service is unavailable; retry later.");
		}
		if (has(ex, BulkheadFullException.class)) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			return write(response, HttpStatus.SERVICE_UNAVAILABLE, "uploads-busy",
					"Too many uploads are running; retry shortly.");
		}
		if (has(ex, TimeoutException.class) || (ex instanceof ResponseStatusException status
				&& status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
			return write(response, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout",
					"The service did not answer in time.");
		}
		if (ex instanceof SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException failed) {
			return serverError(response, failed.getStatusCode());
		}
		return Mono.error(ex);
	}

	private Mono<Void> serverError(ServerHttpResponse response, HttpStatusCode status) {
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
			return write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
					"The service is unavailable; retry later.");
		}
		if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
			return write(response, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout",
					"The service did not answer in time.");
		}
		return write(response, HttpStatus.BAD_GATEWAY, "bad-gateway", "The service failed to answer.");
	}

	private static boolean has(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String kind, String detail) {
		byte[] body = ("{\"type\":\"" + TYPES + kind + "\",\"title\":\"" + status.getReasonPhrase()
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		// A failed downstream answer may have left its own framing headers behind.
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(body.length);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
