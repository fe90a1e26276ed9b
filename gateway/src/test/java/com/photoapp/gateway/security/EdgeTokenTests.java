package com.photoapp.gateway.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.nimbusds.jose.jwk.RSAKey;
import com.photoapp.testsupport.AttackTokens;
import com.photoapp.testsupport.AttackTokens.Attack;
import com.photoapp.testsupport.JwksServer;
import com.photoapp.testsupport.PrometheusScrape;
import com.photoapp.testsupport.TestTokens;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway in-process, with a controllable JWKS server as Auth0 and a stub behind every route:
 * tokens are judged at the edge, before any routing, and the JWKS cache follows the issuer's keys.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "photoapp.security.jwks-cache-ttl=3s", "photoapp.security.jwks-refetch-interval=1s",
				"photoapp.edge.rate-limit.burst=5", "photoapp.edge.rate-limit.per-second=1",
				"photoapp.edge.allowed-origins=https://app.photoapp.test", "management.server.port=0" })
class EdgeTokenTests {

	static final JwksServer jwks = JwksServer.start();

	static final AtomicInteger downstreamCalls = new AtomicInteger();

	static volatile String lastForwardedFor;

	static final HttpServer downstream = startDownstream();

	static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("photoapp.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("photoapp.security.audience", () -> TestTokens.AUDIENCE);
		registry.add("photoapp.security.jwk-set-uri", jwks::uri);
		String stub = "http://127.0.0.1:" + downstream.getAddress().getPort();
		registry.add("photoapp.services.user", () -> stub);
		registry.add("photoapp.services.photo", () -> stub);
		registry.add("photoapp.services.storage", () -> stub);
	}

	static List<Attack> refusedTokens() {
		return attacks().refused();
	}

	static AttackTokens attacks() {
		return new AttackTokens(jwks.signingKey(), TestTokens.ISSUER, TestTokens.AUDIENCE, Clock.systemUTC());
	}

	@AfterEach
	void jwksUp() {
		jwks.up();
	}

	@Test
	void validTokenIsRouted() {
		get("/api/photos", attacks().valid(TestTokens.newSubject())).expectStatus().isOk();
	}

	@Test
	void requestWithoutTokenIsUnauthorizedWithAPlainChallenge() {
		client().get().uri("/api/photos").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/unauthorized");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedTokens")
	void refusesTokenBeforeRouting(Attack attack) {
		int before = downstreamCalls.get();

		get("/api/photos", attack.token()).expectStatus().isUnauthorized()
			.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value).startsWith(INVALID_TOKEN))
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/invalid-token");
		assertThat(downstreamCalls.get()).isEqualTo(before);
	}

	@Test
	void refusalDoesNotEchoTheToken() {
		String token = attacks().wrongAudience();

		byte[] body = get("/api/photos", token).expectStatus().isUnauthorized().expectBody().returnResult()
			.getResponseBody();

		assertThat(new String(body)).doesNotContain(token.split("\\.")[1]).doesNotContain("other-api");
	}

	@Test
	void acceptsExpiryWithinTheSkew() {
		get("/api/photos", attacks().expiredAgo(Duration.ofSeconds(45))).expectStatus().isOk();
	}

	@Test
	void acceptsNotBeforeWithinTheSkew() {
		get("/api/photos", attacks().notBeforeIn(Duration.ofSeconds(45))).expectStatus().isOk();
	}

	@Test
	void ignoresTokenInTheQueryString() {
		client().get().uri("/api/photos?access_token={token}", attacks().valid(TestTokens.newSubject())).exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	@Test
	void ignoresTokenInAFormBody() {
		client().post().uri("/api/photos").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("access_token=" + attacks().valid(TestTokens.newSubject())).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void refusesAnOversizedHeader() {
		get("/api/photos", attacks().ofSize(32 * 1024)).expectStatus()
			.value((status) -> assertThat(status).isIn(400, 401, 413, 431));
	}

	@Test
	void opsPathsAreNotRouted() {
		String token = attacks().validWith((claims) -> claims.claim("permissions", List.of("ops")));
		for (String path : List.of("/ops/stats", "/internal/photos", "/actuator/env", "/actuator/gateway/routes",
				"/actuator/health", "/OPS/stats", "/ops;x/stats")) {
			get(path, token).expectStatus().isNotFound();
		}
	}

	@Test
	void managementPortShowsHealthAndMetricsWithoutTokenAndNothingElse() {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.managementPort)
			.build();

		management.get().uri("/actuator/health").exchange().expectStatus().isOk();
		management.get().uri("/actuator/metrics").exchange().expectStatus().isOk();
		for (String hidden : List.of("/actuator/env", "/actuator/gateway/routes", "/actuator/beans",
				"/actuator/heapdump", "/actuator/configprops", "/actuator/loggers", "/actuator/circuitbreakers")) {
			management.get().uri(hidden).exchange().expectStatus().isNotFound();
		}
	}

	@Test
	void managementPortServesPrometheusWithTheCircuitBreakers() {
		String scrape = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		PrometheusScrape metrics = PrometheusScrape.parse(scrape);
		assertThat(metrics.has("resilience4j_circuitbreaker_state")).isTrue();
		assertThat(metrics.has("resilience4j_bulkhead_available_concurrent_calls")).isTrue();
	}

	@Test
	void publicPortServesNoPrometheus() {
		get("/actuator/prometheus", attacks().valid(TestTokens.newSubject())).expectStatus().isNotFound();
	}

	// Kubernetes' liveness and readiness probes (deploy/k8s) call these without a token.
	@Test
	void managementPortAnswersKubernetesProbesWithoutToken() {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.managementPort)
			.build();

		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			management.get()
				.uri(probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Nested
	class Keys {

		@Test
		void rotatedKeyIsTrustedWithoutARestart() {
			RSAKey next = jwks.rotate();
			AttackTokens rotated = new AttackTokens(next, TestTokens.ISSUER, TestTokens.AUDIENCE, Clock.systemUTC());

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> get("/api/photos", rotated.valid(TestTokens.newSubject())).expectStatus().isOk());
		}

		@Test
		void withdrawnKeyStopsBeingTrustedWithinTheCacheTtl() {
			RSAKey old = jwks.signingKey();
			AttackTokens withOld = new AttackTokens(old, TestTokens.ISSUER, TestTokens.AUDIENCE, Clock.systemUTC());
			get("/api/photos", withOld.valid(TestTokens.newSubject())).expectStatus().isOk();

			jwks.rotate();
			jwks.withdraw(old.getKeyID());

			await().atMost(Duration.ofSeconds(10)).untilAsserted(
					() -> get("/api/photos", withOld.valid(TestTokens.newSubject())).expectStatus().isUnauthorized());
		}

		@Test
		void burstOfUnknownKidsFetchesTheJwksAtMostTwicePerInterval() {
			AttackTokens tokens = attacks();
			int before = jwks.fetches();

			long started = System.nanoTime();
			IntStream.range(0, 40)
				.forEach((i) -> get("/api/photos", tokens.unknownKid()).expectStatus().isUnauthorized());
			long intervals = 1 + Duration.ofNanos(System.nanoTime() - started).toSeconds();

			assertThat(jwks.fetches() - before).isLessThanOrEqualTo((int) (2 * (intervals + 1)));
		}

		@Test
		void jwksDownFailsClosedOnceTheCacheExpires() {
			AttackTokens tokens = attacks();
			jwks.down();

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> get("/api/photos", tokens.valid(TestTokens.newSubject())).expectStatus()
					.isUnauthorized()
					.expectHeader()
					.value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value).startsWith(INVALID_TOKEN)));
		}

	}

	@Nested
	class Edge {

		@Test
		void responsesCarryTheSecurityHeaders() {
			client().get().uri("/app-config.json").exchange()
				.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader().valueEquals("X-Frame-Options", "DENY")
				.expectHeader().valueEquals("Referrer-Policy", "no-referrer")
				.expectHeader()
				.value("Content-Security-Policy", (csp) -> assertThat(csp).contains("frame-ancestors 'none'",
						"img-src 'self' blob:", "connect-src 'self' https://issuer.photoapp.test"));
		}

		@Test
		void apiResponsesCarryASandboxingPolicy() {
			get("/api/photos", attacks().valid(TestTokens.newSubject())).expectHeader()
				.valueEquals("Content-Security-Policy", SecurityHeaders.API_POLICY);
		}

		@Test
		void preflightFromAnUnknownOriginIsRefused() {
			preflight("https://evil.example").expectStatus().isForbidden();
		}

		@Test
		void preflightFromAConfiguredOriginIsAllowed() {
			preflight("https://app.photoapp.test").expectStatus().isOk()
				.expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.photoapp.test");
		}

		@Test
		void userOverTheBudgetGetsTooManyRequestsWithRetryAfter() {
			String token = attacks().valid(TestTokens.newSubject());
			for (int i = 0; i < 5; i++) {
				get("/api/photos", token).expectStatus().isOk();
			}

			get("/api/photos", token).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
				.expectHeader().exists("Retry-After")
				.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/too-many-requests");
		}

		@Test
		void requestsWithoutAValidTokenGetUnauthorizedBeforeAnyLimit() {
			IntStream.range(0, 10).forEach((i) -> client().get().uri("/api/photos").exchange()
				.expectStatus().isUnauthorized());
		}

		@Test
		void anotherUserKeepsTheirBudget() {
			String greedy = attacks().valid(TestTokens.newSubject());
			IntStream.range(0, 8).forEach((i) -> get("/api/photos", greedy).expectStatus()
				.value((status) -> assertThat(status).isIn(200, 429)));

			get("/api/photos", attacks().valid(TestTokens.newSubject())).expectStatus().isOk();
		}

		@Test
		void forwardedHeadersFromAnUntrustedClientDoNotReachTheServices() {
			lastForwardedFor = null;
			client().get().uri("/api/photos").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + attacks().valid(TestTokens.newSubject()))
				.header("X-Forwarded-For", "203.0.113.7")
				.header("Forwarded", "for=203.0.113.7")
				.exchange().expectStatus().isOk();

			assertThat(lastForwardedFor).doesNotContain("203.0.113.7");
		}

		private WebTestClient.ResponseSpec preflight(String origin) {
			return client().options().uri("/api/photos").header(HttpHeaders.ORIGIN, origin)
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization")
				.exchange();
		}

	}

	WebTestClient.ResponseSpec get(String path, String token) {
		return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	WebTestClient client() {
		// Generous: the build machine is shared, and a slow answer is not what these tests are about.
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	private static HttpServer startDownstream() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", (exchange) -> {
				downstreamCalls.incrementAndGet();
				lastForwardedFor = String.valueOf(exchange.getRequestHeaders().get("X-Forwarded-For")) + " "
						+ exchange.getRequestHeaders().get("Forwarded");
				byte[] body = "{}".getBytes();
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
