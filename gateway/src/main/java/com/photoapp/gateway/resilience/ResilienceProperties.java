package com.photoapp.gateway.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the edge protects itself from slow or failing services: a time limit per circuit breaker (one
 * per downstream service), the circuit breakers' shared thresholds, and how many uploads may run at once.
 */
@ConfigurationProperties("photoapp.edge.resilience")
public record ResilienceProperties(Map<String, Duration> timeouts, int failureRatePercent, int slidingWindowCalls,
		int minimumCalls, Duration waitInOpenState, int callsInHalfOpenState, int concurrentUploads) {

	/** The names the routes' {@code CircuitBreaker} filters use; each must have a time limit. */
	static final List<String> SERVICES = List.of("user", "photo", "storage");

	public ResilienceProperties {
		timeouts = Map.copyOf(timeouts);
		for (String service : SERVICES) {
			if (!timeouts.containsKey(service)) {
				throw new IllegalArgumentException("photoapp.edge.resilience.timeouts." + service + " is missing");
			}
		}
	}

	/** Whole seconds a client should wait before trying an open circuit again. */
	long retryAfterSeconds() {
		return Math.max(1, (this.waitInOpenState.toMillis() + 999) / 1000);
	}

}
