package com.photoapp.gateway.resilience;

import java.time.Duration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebExceptionHandler;

/**
 * One circuit breaker per downstream service with its own time limit, a bulkhead for uploads, and
 * problem-details answers when either refuses a request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
class ResilienceConfiguration {

	static final String UPLOADS = "uploads";

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(ResilienceProperties properties) {
		CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(properties.slidingWindowCalls())
			.minimumNumberOfCalls(properties.minimumCalls())
			.failureRateThreshold(properties.failureRatePercent())
			.waitDurationInOpenState(properties.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(properties.callsInHalfOpenState())
			// Open -> half-open happens on the next call after the wait, without a timer thread.
			.automaticTransitionFromOpenToHalfOpenEnabled(false)
			.build();
		return (factory) -> properties.timeouts()
			.forEach((service, timeout) -> factory.configure((builder) -> builder.circuitBreakerConfig(breaker)
				.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build()), service));
	}

	@Bean
	BulkheadRegistry uploadBulkheads(ResilienceProperties properties, ObjectProvider<MeterRegistry> meters) {
		BulkheadRegistry registry = BulkheadRegistry.of(BulkheadConfig.custom()
			.maxConcurrentCalls(properties.concurrentUploads())
			.maxWaitDuration(Duration.ZERO)
			.build());
		registry.bulkhead(UPLOADS);
		meters.ifAvailable((meterRegistry) -> TaggedBulkheadMetrics.ofBulkheadRegistry(registry).bindTo(meterRegistry));
		return registry;
	}

	@Bean
	UploadBulkheadGatewayFilterFactory uploadBulkheadGatewayFilterFactory(BulkheadRegistry bulkheads) {
		Bulkhead bulkhead = bulkheads.bulkhead(UPLOADS);
		return new UploadBulkheadGatewayFilterFactory(bulkhead);
	}

	// Before Boot's error handler (order -1), which would answer with its own JSON shape.
	@Bean
	@Order(-2)
	WebExceptionHandler downstreamProblems(ResilienceProperties properties) {
		return new DownstreamProblems(properties.retryAfterSeconds());
	}

}
