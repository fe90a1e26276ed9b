package com.photoapp.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Prometheus endpoints of the running stack, read on each management port (never through the
 * gateway), move by exactly what a person did: one stored upload, one refusal, a trash and a purge.
 */
@ExtendWith(StackExtension.class)
class MetricsTests {

	private static final Duration SETTLE = Duration.ofSeconds(30);

	private static Stack stack;

	private static ApiClient alice;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		alice = ApiClient.signedIn(stack, "alice", "alice-password");
	}

	@Test
	void uploadRefusalTrashAndPurgeMoveTheirMeters() {
		byte[] jpeg = Images.jpeg(640, 480, 9101);
		Scrape storageBefore = scrape("storage-service");
		Scrape photoBefore = scrape("photo-service");

		String id = uploaded(jpeg);
		HttpResponse<byte[]> refused = alice.upload("notes.jpg", "image/jpeg",
				"plain text, not a photo".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(alice.delete("/api/photos/" + id).statusCode()).isEqualTo(204);
		assertThat(alice.delete("/api/trash/" + id).statusCode()).isEqualTo(204);

		await().atMost(SETTLE).untilAsserted(() -> {
			Scrape storage = scrape("storage-service");
			assertThat(storage.moved(storageBefore, "photoapp_uploads_total", "outcome=\"stored\"")).isEqualTo(1);
			assertThat(storage.moved(storageBefore, "photoapp_uploads_total", "outcome=\"rejected\"",
					"reason=\"unsupported-media-type\"")).isEqualTo(1);
			assertThat(storage.moved(storageBefore, "photoapp_uploads_stored_size_bytes_sum")).isEqualTo(jpeg.length);
			assertThat(storage.moved(storageBefore, "photoapp_uploads_duration_seconds_count")).isEqualTo(2);
			assertThat(storage.moved(storageBefore, "photoapp_derivatives_duration_seconds_count")).isEqualTo(1);
			assertThat(storage.moved(storageBefore, "photoapp_dead_letters_total")).isZero();
		});
		await().atMost(SETTLE).untilAsserted(() -> {
			Scrape photo = scrape("photo-service");
			String requests = photo.series("http_server_requests_seconds_count");
			assertThat(photo.moved(photoBefore, "http_server_requests_seconds_count", "method=\"DELETE\"",
					"uri=\"/api/photos/{id}\"", "status=\"204\"")).as(requests).isEqualTo(1);
			assertThat(photo.moved(photoBefore, "http_server_requests_seconds_count", "method=\"DELETE\"",
					"uri=\"/api/trash/{id}\"", "status=\"204\"")).as(requests).isEqualTo(1);
			// The purge's event left the outbox once the broker acknowledged it.
			assertThat(photo.value("photoapp_outbox_pending_records")).isZero();
		});
	}

	@Test
	void everyServiceExposesItsConsumerAndCircuitMeters() {
		assertThat(scrape("storage-service").has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
		assertThat(scrape("storage-service").has("resilience4j_circuitbreaker_state")).isTrue();
		assertThat(scrape("photo-service").has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
		assertThat(scrape("photo-service").has("photoapp_outbox_oldest_age_seconds")).isTrue();
		assertThat(scrape("user-service").has("photoapp_outbox_pending_records")).isTrue();
		assertThat(scrape("gateway").has("resilience4j_circuitbreaker_state")).isTrue();
	}

	@Test
	void prometheusIsNeitherRoutedNorOtherEndpointsExposed() {
		assertThat(alice.get("/actuator/prometheus").statusCode()).isEqualTo(404);
		ApiClient gatewayManagement = new ApiClient(stack.managementUri("gateway"), null);
		for (String hidden : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/configprops", "/actuator/loggers" }) {
			assertThat(gatewayManagement.get(hidden).statusCode()).as(hidden).isEqualTo(404);
			// The services' security answers 401 for any actuator path it does not let through.
			assertThat(new ApiClient(stack.managementUri("photo-service"), null).get(hidden).statusCode()).as(hidden)
				.isEqualTo(401);
		}
	}

	private static String uploaded(byte[] jpeg) {
		HttpResponse<byte[]> uploaded = alice.upload("metrics.jpg", "image/jpeg", jpeg);
		assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		return ApiClient.json(uploaded).path("id").asString();
	}

	private static Scrape scrape(String module) {
		HttpResponse<byte[]> response = new ApiClient(stack.managementUri(module), null).get("/actuator/prometheus");
		assertThat(response.statusCode()).as(module).isEqualTo(200);
		return new Scrape(new String(response.body(), StandardCharsets.UTF_8));
	}

	/**
	 * A scrape, summed over the series of a metric that carry the given {@code label="value"} pairs.
	 * Label values can hold braces ({@code uri="/api/photos/{id}"}), so the label set runs to the last one.
	 */
	private record Scrape(String text) {

		private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})?\\s+(\\S+)$");

		boolean has(String name) {
			Matcher sample = SAMPLE.matcher(this.text);
			while (sample.find()) {
				if (sample.group(1).equals(name)) {
					return true;
				}
			}
			return false;
		}

		double value(String name, String... labels) {
			double sum = 0;
			Matcher sample = SAMPLE.matcher(this.text);
			while (sample.find()) {
				if (sample.group(1).equals(name) && carries(sample.group(2), labels)) {
					sum += Double.parseDouble(sample.group(3));
				}
			}
			return sum;
		}

		// For failure messages: every series of the metric as scraped.
		String series(String name) {
			StringBuilder lines = new StringBuilder();
			Matcher sample = SAMPLE.matcher(this.text);
			while (sample.find()) {
				if (sample.group(1).equals(name)) {
					lines.append(sample.group()).append('\n');
				}
			}
			return lines.toString();
		}

		double moved(Scrape before, String name, String... labels) {
			return value(name, labels) - before.value(name, labels);
		}

		private static boolean carries(String series, String[] labels) {
			for (String label : labels) {
				if (series == null || !series.contains(label)) {
					return false;
				}
			}
			return true;
		}

	}

}
