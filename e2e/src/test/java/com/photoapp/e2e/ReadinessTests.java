package com.photoapp.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness follows the database: with PostgreSQL gone a service leaves the load balancer's
 * rotation but stays alive, and it comes back on its own once the database returns.
 */
@ExtendWith(StackExtension.class)
class ReadinessTests {

	private static final List<String> APPLICATIONS = List.of("user-service", "photo-service", "storage-service",
			"gateway");

	@Test
	void readinessGoesDownWithoutTheDatabaseAndUpWhenItReturns(Stack stack) {
		ApiClient photo = new ApiClient(stack.managementUri("photo-service"), null).withTimeout(Duration.ofSeconds(10));
		assertThat(photo.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		stack.stopDatabase();
		try {
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				HttpResponse<byte[]> readiness = photo.get("/actuator/health/readiness");
				assertThat(readiness.statusCode()).isEqualTo(503);
				assertThat(body(readiness)).contains("\"status\":\"DOWN\"").contains("\"db\"");
			});
			// Liveness must not follow: restarting the pod would not bring the database back.
			assertThat(photo.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			stack.startDatabase();
			// The other end-to-end classes share this database: leave only once everything is ready.
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				for (String application : APPLICATIONS) {
					assertThat(new ApiClient(stack.managementUri(application), null).get("/actuator/health/readiness")
						.statusCode()).as(application).isEqualTo(200);
				}
			});
		}

		HttpResponse<byte[]> ready = photo.get("/actuator/health/readiness");
		assertThat(body(ready)).contains("\"status\":\"UP\"");
	}

	private static String body(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

}
