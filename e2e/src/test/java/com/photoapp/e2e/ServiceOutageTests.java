package com.photoapp.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway and the services when one real service is stopped or frozen: quick problem answers,
 * nothing stored by a refused upload, and recovery without restarting anything else.
 */
@ExtendWith(StackExtension.class)
class ServiceOutageTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Stack stack;

	private static ApiClient alice;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		alice = ApiClient.signedIn(stack, "alice", "alice-password");
	}

	@Test
	void withPhotoServiceStoppedBrowsingFailsFastUploadsStoreNothingAndEverythingRecovers() throws SQLException {
		String kept = ApiClient.json(alice.upload("kept.jpg", "image/jpeg", Images.jpeg(640, 480, 8101)))
			.path("id").asString();
		LibraryInvariants invariants = new LibraryInvariants(stack);
		String owner = invariants.ownerOf(kept);
		long blobsBefore = blobCount();
		stack.stop("photo-service");
		try {
			// Refused connections count as failures; ten calls at most open the circuit.
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				assertThat(alice.get("/api/photos").statusCode()).isEqualTo(503);
				return "open".equals(circuitState("photo"));
			});

			long started = System.nanoTime();
			HttpResponse<byte[]> browsing = alice.get("/api/photos");
			Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);

			assertThat(browsing.statusCode()).isEqualTo(503);
			assertThat(browsing.headers().firstValue("Retry-After")).isPresent();
			assertThat(ApiClient.json(browsing).path("type").asString()).isEqualTo(PROBLEMS + "service-unavailable");
			assertThat(answeredIn).isLessThan(Duration.ofMillis(500));

			HttpResponse<byte[]> upload = alice.upload("refused.jpg", "image/jpeg", Images.jpeg(640, 480, 8102));

			assertThat(upload.statusCode()).isEqualTo(503);
			assertThat(ApiClient.json(upload).path("type").asString()).isEqualTo(PROBLEMS + "service-unavailable");
			assertThat(new String(upload.body())).doesNotContain("Exception", "at com.");
			assertThat(blobCount()).isEqualTo(blobsBefore);
			assertThat(alice.get("/api/users/me").statusCode()).as("another service").isEqualTo(200);
		}
		finally {
			stack.start("photo-service");
		}

		// Nothing else is restarted: the gateway's circuit half-opens after its wait and closes again.
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(alice.get("/api/photos").statusCode()).isEqualTo(200));
		assertThat(ApiClient.json(alice.get("/api/photos?limit=200")).path("items").findValuesAsString("id"))
			.contains(kept);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(alice.upload("after.jpg", "image/jpeg", Images.jpeg(640, 480, 8103))
				.statusCode()).isEqualTo(201));
		invariants.assertHold(owner);
		// Half-open lets three trial calls through; when they succeed the circuit closes.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(alice.get("/api/photos").statusCode()).isEqualTo(200);
			assertThat(circuitState("photo")).isEqualTo("closed");
		});
	}

	@Test
	void frozenStorageServiceGetsGatewayTimeoutAtTheLimitWhileOtherRoutesAnswer() {
		String id = ApiClient.json(alice.upload("frozen.jpg", "image/jpeg", Images.jpeg(640, 480, 8201)))
			.path("id").asString();
		stack.pause("storage-service");
		try {
			long started = System.nanoTime();
			CompletableFuture<HttpResponse<byte[]>> download = CompletableFuture
				.supplyAsync(() -> alice.withTimeout(Duration.ofMinutes(1))
					.get("/api/photos/" + id + "/content?variant=original"));
			// Let the download reach the gateway, so the listing runs while it hangs.
			await().pollDelay(Duration.ofSeconds(1)).until(() -> true);

			long listingStarted = System.nanoTime();
			HttpResponse<byte[]> listing = alice.get("/api/photos");
			Duration listedIn = Duration.ofNanos(System.nanoTime() - listingStarted);
			HttpResponse<byte[]> timedOut = download.join();
			Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);

			assertThat(listing.statusCode()).isEqualTo(200);
			assertThat(listedIn).isLessThan(Duration.ofSeconds(2));
			assertThat(timedOut.statusCode()).isEqualTo(504);
			assertThat(ApiClient.json(timedOut).path("type").asString()).isEqualTo(PROBLEMS + "gateway-timeout");
			assertThat(answeredIn).isBetween(Stack.STORAGE_TIME_LIMIT_IN_TESTS.minusMillis(100),
					Stack.STORAGE_TIME_LIMIT_IN_TESTS.plusSeconds(5));
		}
		finally {
			stack.resume("storage-service");
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				alice.get("/api/photos/" + id + "/content?variant=thumb").statusCode()).isEqualTo(200));
	}

	@Test
	void stormOfNotFoundAnswersLeavesTheCircuitsClosed() {
		IntStream.range(0, 30).forEach((i) -> assertThat(alice
			.get("/api/photos/00000000-0000-4000-8000-%012d/content?variant=thumb".formatted(i))
			.statusCode()).isEqualTo(404));
		IntStream.range(0, 30).forEach((i) -> assertThat(alice
			.get("/api/photos/00000000-0000-4000-8000-%012d".formatted(i))
			.statusCode()).isEqualTo(404));

		assertThat(circuitState("storage")).isEqualTo("closed");
		assertThat(circuitState("photo")).isEqualTo("closed");
		assertThat(alice.get("/api/photos").statusCode()).isEqualTo(200);
	}

	// resilience4j publishes one gauge per state, 1 for the current one.
	private static String circuitState(String name) {
		for (String state : new String[] { "closed", "open", "half_open" }) {
			URI metric = URI.create(stack.managementUri("gateway")
					+ "/actuator/metrics/resilience4j.circuitbreaker.state?tag=name:" + name + "&tag=state:" + state);
			try {
				HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(metric).build(),
						HttpResponse.BodyHandlers.ofString());
				JsonNode body = JSON.readTree(response.body());
				if (response.statusCode() == 200 && body.path("measurements").get(0).path("value").asDouble() == 1.0) {
					return state;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return "unknown";
	}

	private static long blobCount() {
		BlobContainerClient container = new BlobServiceClientBuilder().connectionString(stack.blobConnectionString())
			.buildClient()
			.getBlobContainerClient("photos");
		return container.listBlobs().stream().count();
	}

}
