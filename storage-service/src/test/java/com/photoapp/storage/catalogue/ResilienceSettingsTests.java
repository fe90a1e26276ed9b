package com.photoapp.storage.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.photoapp.storage.StorageServiceTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the effective {@code photo-service} retry and circuit breaker back from their registries, so
 * that a typo in {@code resilience4j.*} fails the build instead of falling back to a default.
 */
@StorageServiceTest
class ResilienceSettingsTests {

	private static final ResourceAccessException IO_ERROR = new ResourceAccessException("down");

	@Autowired
	private RetryRegistry retries;

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	@Test
	void retriesThreeTimesWithJitteredExponentialBackoff() {
		RetryConfig config = this.retries.retry(PhotoCatalogue.PHOTO_SERVICE).getRetryConfig();

		assertThat(config.getMaxAttempts()).isEqualTo(3);
		assertThat(waits(config, 1)).allSatisfy((wait) -> assertThat(wait).isBetween(100L, 300L));
		assertThat(waits(config, 2)).allSatisfy((wait) -> assertThat(wait).isBetween(200L, 600L));
	}

	@Test
	void jittersTheWaitBetweenAttempts() {
		RetryConfig config = this.retries.retry(PhotoCatalogue.PHOTO_SERVICE).getRetryConfig();

		assertThat(waits(config, 1).stream().distinct()).hasSizeGreaterThan(1);
	}

	@Test
	void retriesOnlyIoErrorsAndGatewayAnswers() {
		RetryConfig config = this.retries.retry(PhotoCatalogue.PHOTO_SERVICE).getRetryConfig();

		assertThat(config.getExceptionPredicate()).accepts(IO_ERROR, serverError(HttpStatus.BAD_GATEWAY),
				serverError(HttpStatus.SERVICE_UNAVAILABLE), serverError(HttpStatus.GATEWAY_TIMEOUT));
		assertThat(config.getExceptionPredicate()).rejects(serverError(HttpStatus.INTERNAL_SERVER_ERROR),
				HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "", null, null, null),
				HttpClientErrorException.create(HttpStatus.CONFLICT, "", null, null, null));
	}

	@Test
	void opensTheCircuitAtHalfOfTwentyCallsForTenSeconds() {
		CircuitBreakerConfig config = this.circuitBreakers.circuitBreaker(PhotoCatalogue.PHOTO_SERVICE)
			.getCircuitBreakerConfig();

		assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.COUNT_BASED);
		assertThat(config.getSlidingWindowSize()).isEqualTo(20);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(10);
		assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
		assertThat(Duration.ofMillis(config.getWaitIntervalFunctionInOpenState().apply(1)))
			.isEqualTo(Duration.ofSeconds(10));
		assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
	}

	@Test
	void countsOnlyIoErrorsAndServerErrorsAsFailures() {
		CircuitBreakerConfig config = this.circuitBreakers.circuitBreaker(PhotoCatalogue.PHOTO_SERVICE)
			.getCircuitBreakerConfig();

		assertThat(config.getRecordExceptionPredicate()).accepts(IO_ERROR,
				serverError(HttpStatus.INTERNAL_SERVER_ERROR), serverError(HttpStatus.SERVICE_UNAVAILABLE));
		assertThat(config.getRecordExceptionPredicate())
			.rejects(HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "", null, null, null));
	}

	private static List<Long> waits(RetryConfig config, int attempt) {
		return IntStream.range(0, 20).mapToObj((i) -> config.getIntervalBiFunction().apply(attempt, null)).toList();
	}

	private static HttpServerErrorException serverError(HttpStatus status) {
		return HttpServerErrorException.create(status, "", null, null, null);
	}

}
