package com.photoapp.gateway.resilience;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.photoapp.testsupport.AttackTokens;
import com.photoapp.testsupport.JwksServer;
import com.photoapp.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway in-process with one controllable stub per service: failing, slow and stopped services
 * get short problem answers, circuits open and close again, and only idempotent requests are retried.
 * Thresholds are small here so a circuit opens after four calls; the time limits are seconds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "photoapp.edge.rate-limit.burst=10000", "photoapp.edge.rate-limit.per-second=10000",
				"photoapp.edge.resilience.timeouts.user=2s", "photoapp.edge.resilience.timeouts.photo=2s",
				"photoapp.edge.resilience.timeouts.storage=3s", "photoapp.edge.resilience.sliding-window-calls=4",
				"photoapp.edge.resilience.minimum-calls=4", "photoapp.edge.resilience.wait-in-open-state=2s",
				"photoapp.edge.resilience.calls-in-half-open-state=1",
				"photoapp.edge.resilience.concurrent-uploads=1", "management.server.port=0" })
class ResilienceTests {

	static final JwksServer jwks = JwksServer.start();

	static final Stub users = new Stub();

	static final Stub photos = new Stub();

	static final Stub storage = new Stub();

	static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("photoapp.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("photoapp.security.audience", () -> TestTokens.AUDIENCE);
		registry.add("photoapp.security.jwk-set-uri", jwks::uri);
		registry.add("photoapp.services.user", users::uri);
		registry.add("photoapp.services.photo", photos::uri);
		registry.add("photoapp.services.storage", storage::uri);
	}

	@AfterEach
	void releaseSlowCalls() {
		storage.releaseSlow();
	}

	@Test
	void stoppedServiceGetsAQuickServiceUnavailableWithRetryAfterOnceItsCircuitIsOpen() {
		users.stop();
		try {
			openUserCircuit();

			long started = System.nanoTime();
			get("/api/users/me").expectStatus().isEqualTo(503)
				.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "2")
				.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "service-unavailable");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		}
		finally {
			users.restart();
		}
	}

	@Test
	void circuitClosesAgainWhenTheServiceComesBack() {
		users.stop();
		openUserCircuit();
		users.restart();

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> get("/api/users/me").expectStatus().isOk());
		assertThat(state("user")).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void slowServiceGetsGatewayTimeoutAtItsTimeLimit() {
		long started = System.nanoTime();

		get("/api/photos/slow-1/content").expectStatus().isEqualTo(504)
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "gateway-timeout");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(2900),
				Duration.ofSeconds(8));
	}

	@Test
	void slowServiceDoesNotHoldUpOtherRoutes() {
		CompletableFuture<HttpResponse<String>> slow = sendAsync("GET", "/api/photos/slow-2/content");
		await().atMost(Duration.ofSeconds(5)).until(() -> storage.calls("/api/photos/slow-2/content") == 1);

		long started = System.nanoTime();
		get("/api/users/me").expectStatus().isOk();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

		storage.releaseSlow();
		assertThat(slow.join().statusCode()).isEqualTo(200);
	}

	@Test
	void getIsRetriedUntilTheServiceAnswers() {
		get("/api/photos/flaky").expectStatus().isOk();

		assertThat(photos.calls("/api/photos/flaky")).isEqualTo(3);
	}

	@Test
	void failedPostIsNotRetried() {
		client().post().uri("/api/trash/fail").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
			.expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "service-unavailable");

		assertThat(photos.calls("/api/trash/fail")).isEqualTo(1);
	}

	@Test
	void notFoundStormLeavesTheCircuitClosed() {
		IntStream.range(0, 20).forEach((i) -> get("/api/photos/missing-" + i).expectStatus().isNotFound());

		assertThat(state("photo")).isEqualTo(CircuitBreaker.State.CLOSED);
		get("/api/photos").expectStatus().isOk();
	}

	@Test
	void uploadBeyondTheBulkheadGetsServiceUnavailableAtOnce() {
		CompletableFuture<HttpResponse<String>> first = sendAsync("PUT", "/api/uploads/slow-3");
		await().atMost(Duration.ofSeconds(5)).until(() -> storage.calls("/api/uploads/slow-3") == 1);

		client().put().uri("/api/uploads/other").header(HttpHeaders.AUTHORIZATION, bearer()).exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().exists(HttpHeaders.RETRY_AFTER)
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "uploads-busy");
		assertThat(storage.calls("/api/uploads/other")).isZero();

		storage.releaseSlow();
		assertThat(first.join().statusCode()).isEqualTo(200);
	}

	@Test
	void circuitBreakerStateIsAMetricOnTheManagementPort() {
		get("/api/photos").expectStatus().isOk();

		WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.managementPort).build()
			.get().uri("/actuator/metrics/resilience4j.circuitbreaker.state?tag=name:photo").exchange()
			.expectStatus().isOk();
	}

	// A refused connection counts as a failure; four of them open the circuit.
	private void openUserCircuit() {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			get("/api/users/me").expectStatus().isEqualTo(503);
			return state("user") == CircuitBreaker.State.OPEN;
		});
	}

	private CircuitBreaker.State state(String name) {
		return this.circuitBreakers.getCircuitBreakerRegistry().circuitBreaker(name).getState();
	}

	private CompletableFuture<HttpResponse<String>> sendAsync(String method, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header(HttpHeaders.AUTHORIZATION, bearer())
			.method(method, HttpRequest.BodyPublishers.ofString("x"))
			.build();
		return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private WebTestClient.ResponseSpec get(String path) {
		return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer()).exchange();
	}

	private static String bearer() {
		return "Bearer " + new AttackTokens(jwks.signingKey(), TestTokens.ISSUER, TestTokens.AUDIENCE,
				Clock.systemUTC()).valid(TestTokens.newSubject());
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}
