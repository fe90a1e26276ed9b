package com.photoapp.gateway.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped configuration, read back from the route definitions and the resilience4j registries, so
 * a typo in a filter name, a circuit breaker name or a time limit fails the build.
 */
@SpringBootTest
class ResilienceSettingsTests {

	@Autowired
	RouteDefinitionLocator routes;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "users, user", "catalogue, photo", "photo-content, storage", "photo-upload, storage",
			"resumable-uploads, storage", "upload-completion, storage-completion" })
	void routeHasTheCircuitBreakerOfItsService(String routeId, String circuitBreaker) {
		FilterDefinition filter = filter(routeId, "CircuitBreaker").orElseThrow();

		assertThat(filter.getArgs()).containsEntry("name", circuitBreaker)
			.containsEntry("statusCodes", "500,502,503,504");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "user, PT5S", "photo, PT5S", "storage, PT120S", "storage-completion, PT15M" })
	void circuitBreakerHasTheTimeLimitOfItsService(String circuitBreaker, Duration timeout) {
		this.circuitBreakers.create(circuitBreaker).run(Mono.just(1)).block();

		assertThat(this.circuitBreakers.getTimeLimiterRegistry().timeLimiter(circuitBreaker).getTimeLimiterConfig()
			.getTimeoutDuration()).isEqualTo(timeout);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "user", "photo", "storage", "storage-completion" })
	void circuitBreakerHasTheSharedThresholds(String circuitBreaker) {
		this.circuitBreakers.create(circuitBreaker).run(Mono.just(1)).block();

		CircuitBreakerConfig config = this.circuitBreakers.getCircuitBreakerRegistry().circuitBreaker(circuitBreaker)
			.getCircuitBreakerConfig();
		assertThat(config.getFailureRateThreshold()).isEqualTo(50);
		assertThat(config.getSlidingWindowSize()).isEqualTo(20);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(10);
		assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
	}

	@Test
	void onlyGetAndHeadAreRetried() {
		Map<String, Object> methods = definitions().stream()
			.filter((route) -> filter(route.getId(), "Retry").isPresent())
			.collect(Collectors.toMap(RouteDefinition::getId,
					(route) -> filter(route.getId(), "Retry").orElseThrow().getArgs().get("methods")));

		assertThat(methods).containsOnlyKeys("users", "catalogue", "photo-content", "resumable-uploads")
			.allSatisfy((route, allowed) -> assertThat(allowed).isEqualTo("GET,HEAD"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "photo-upload", "resumable-uploads", "upload-completion" })
	void uploadRouteIsBehindTheBulkheadBeforeItsCircuitBreaker(String routeId) {
		List<String> names = route(routeId).getFilters().stream().map(FilterDefinition::getName).toList();

		assertThat(names).startsWith("UploadBulkhead", "CircuitBreaker");
	}

	@Test
	void everyRouteHasACircuitBreaker() {
		assertThat(definitions()).hasSize(6)
			.allSatisfy((route) -> assertThat(filter(route.getId(), "CircuitBreaker")).isPresent());
	}

	private Optional<FilterDefinition> filter(String routeId, String name) {
		return route(routeId).getFilters().stream().filter((filter) -> filter.getName().equals(name)).findFirst();
	}

	private RouteDefinition route(String routeId) {
		return definitions().stream().filter((route) -> route.getId().equals(routeId)).findFirst().orElseThrow();
	}

	private List<RouteDefinition> definitions() {
		return this.routes.getRouteDefinitions().collectList().block();
	}

}
