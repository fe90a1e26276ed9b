package com.photoapp.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A token bucket per user, keyed by the validated token's issuer and subject. It runs after
 * authentication, so a request without a valid token gets its 401 and costs no one's budget.
 * Buckets live in this gateway instance only; with several instances each user gets each
 * instance's budget, which is acceptable for a limit meant to stop runaway clients.
 */
final class RateLimiter implements WebFilter {

	private static final byte[] BODY = ("{\"type\":\"https://photoapp.dev/problems/too-many-requests\","
			+ "\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Slow down and retry later.\"}")
		.getBytes(StandardCharsets.UTF_8);

	private static final int EVICTION_THRESHOLD = 10_000;

	private final EdgeProperties.RateLimit limit;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter(EdgeProperties.RateLimit limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((authentication) -> key((JwtAuthenticationToken) authentication))
			.map(this::waitMillis)
			.defaultIfEmpty(0L)
			.flatMap((wait) -> (wait == 0L) ? chain.filter(exchange) : tooMany(exchange, wait));
	}

	private static String key(JwtAuthenticationToken authentication) {
		return authentication.getToken().getClaimAsString("iss") + "|" + authentication.getToken().getSubject();
	}

	// 0 when the request may pass, otherwise how long until a token is available again.
	long waitMillis(String key) {
		long now = this.clock.millis();
		if (this.buckets.size() > EVICTION_THRESHOLD) {
			long idle = this.limit.idleEviction().toMillis();
			this.buckets.values().removeIf((bucket) -> bucket.idleSince(now) > idle);
		}
		return this.buckets.computeIfAbsent(key, (k) -> new Bucket(this.limit.burst(), now))
			.take(now, this.limit.burst(), this.limit.perSecond());
	}

	private static Mono<Void> tooMany(ServerWebExchange exchange, long waitMillis) {
		long seconds = Math.max(1, (waitMillis + 999) / 1000);
		exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
		return ProblemResponses.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, BODY, null);
	}

	/** Tokens left and when they were last topped up. */
	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(int capacity, long now) {
			this.tokens = capacity;
			this.updatedAt = now;
		}

		synchronized long take(long now, int capacity, int perSecond) {
			this.tokens = Math.min(capacity, this.tokens + (now - this.updatedAt) * perSecond / 1000.0);
			this.updatedAt = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) * 1000 / perSecond);
		}

		synchronized long idleSince(long now) {
			return now - this.updatedAt;
		}

	}

}
