package com.photoapp.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge of the running stack: operators' endpoints need the {@code ops} permission and are
 * not routed, actuator endpoints other than health are unreachable, and responses carry the
 * security headers.
 */
@ExtendWith(StackExtension.class)
class EdgeTests {

	private static final List<String> OPS_ENDPOINTS = List.of("user-service /ops/stats", "photo-service /ops/outbox",
			"storage-service /ops/pending-uploads");

	private static Stack stack;

	private static String olivia;

	private static String bob;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		olivia = token("olivia", "olivia-password");
		bob = token("bob", "bob-password");
	}

	@Test
	void opsEndpointsAnswerAnOperator() {
		for (String endpoint : OPS_ENDPOINTS) {
			String[] parts = endpoint.split(" ");
			HttpResponse<byte[]> response = new ApiClient(stack.serviceUri(parts[0]), olivia).get(parts[1]);

			assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
		}
	}

	@Test
	void opsEndpointsForbidAUserWithoutTheOpsPermission() {
		for (String endpoint : OPS_ENDPOINTS) {
			String[] parts = endpoint.split(" ");
			HttpResponse<byte[]> response = new ApiClient(stack.serviceUri(parts[0]), bob).get(parts[1]);

			assertThat(response.statusCode()).as(endpoint).isEqualTo(403);
			assertThat(ApiClient.json(response).path("type").asString()).endsWith("/forbidden");
		}
	}

	@Test
	void opsEndpointsAreNotRoutedByTheGateway() {
		ApiClient operator = new ApiClient(stack.gatewayUri(), olivia);
		for (String path : List.of("/ops/stats", "/ops/outbox", "/ops/pending-uploads")) {
			assertThat(operator.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void actuatorIsUnreachableThroughTheGateway() {
		ApiClient operator = new ApiClient(stack.gatewayUri(), olivia);
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/configprops", "/actuator/gateway/routes",
				"/actuator/gateway/globalfilters", "/actuator/heapdump")) {
			assertThat(operator.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void managementPortShowsHealthOnly() {
		URI health = stack.gatewayHealthUri();
		ApiClient management = new ApiClient(health.resolve("/"), null);

		assertThat(management.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(management.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(management.get("/actuator/gateway/routes").statusCode()).isEqualTo(404);
	}

	@Test
	void spaResponsesCarryTheSecurityHeaders() {
		HttpResponse<byte[]> page = new ApiClient(stack.gatewayUri(), null).get("/");

		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("frame-ancestors 'none'", "connect-src 'self' " + stack.issuerUri()));
	}

	@Test
	void preflightFromAnUnknownOriginIsRefused() {
		assertThat(new ApiClient(stack.gatewayUri(), null).preflight("/api/photos", "https://evil.example")
			.statusCode()).isEqualTo(403);
	}

	private static String token(String user, String password) {
		return TokenClient.accessToken(stack.issuerUri(), Stack.SPA_CLIENT_ID, URI.create(stack.gatewayUri() + "/"),
				user, password);
	}

}
