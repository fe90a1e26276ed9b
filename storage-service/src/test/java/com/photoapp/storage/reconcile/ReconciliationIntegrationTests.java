package com.photoapp.storage.reconcile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.TestClock;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.testsupport.TestTokens;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@code POST /ops/reconciliation} against Azurite, with photo-service's known-photo
 * query stubbed. The clock is set so that the orphan and the live photo are past the one-hour
 * grace window while the upload in flight, written a second later, is not.
 */
@StorageServiceTest
class ReconciliationIntegrationTests {

	private static final Duration GRACE = Duration.ofHours(1);

	private final UUID ownerId = UUID.randomUUID();

	@LocalServerPort
	private int port;

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private TestClock clock;

	@Autowired
	private Reconciliation reconciliation;

	private UUID orphan;

	private UUID live;

	private UUID inFlight;

	@BeforeEach
	void storeAnOrphanALivePhotoAndAnUploadInFlight() {
		this.orphan = storedPhoto();
		this.live = storedPhoto();
		StubPhotoService.shared().know(this.live);
		Instant settled = lastModified(this.live);
		// Blob times have whole seconds, so the upload in flight is written in a later second.
		await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(settled.plusMillis(1_100)));
		this.inFlight = storedPhoto();
		this.clock.setInstant(settled.plus(GRACE).plusMillis(500));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void dryRunReportsTheOrphanAndRemovesNothing() {
		reconcile("/ops/reconciliation").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.dryRun").isEqualTo(true)
			.jsonPath("$.removedPhotos").isEqualTo(0)
			.jsonPath("$.orphans[?(@.photoId == '%s')]".formatted(this.orphan)).exists()
			.jsonPath("$.orphans[?(@.photoId == '%s')]".formatted(this.live)).doesNotExist()
			.jsonPath("$.orphans[?(@.photoId == '%s')]".formatted(this.inFlight)).doesNotExist();

		invariants().assertStored(this.ownerId, this.orphan);
	}

	@Test
	void realRunRemovesTheOrphanOnly() {
		reconcile("/ops/reconciliation?dryRun=false").expectStatus().isOk()
			.expectBody()
			.jsonPath("$.dryRun").isEqualTo(false);

		invariants().assertPurged(this.ownerId, this.orphan);
		invariants().assertStored(this.ownerId, this.live);
		invariants().assertStored(this.ownerId, this.inFlight);
		Instant cutoff = this.clock.instant().minus(GRACE);
		invariants().assertNoOrphans(this.ownerId, Set.of(this.live, this.inFlight), cutoff);
	}

	@Test
	void asksTheCatalogueWithTheOperatorsToken() {
		String token = opsToken();

		reconcile("/ops/reconciliation", token).expectStatus().isOk();

		assertThat(StubPhotoService.shared().knownQueryAuthorizations()).contains("Bearer " + token);
	}

	@Test
	void scheduledRunSignsInWithItsOwnCredentialsAndRemovesTheOrphanOnly() throws IOException {
		String secret = UUID.randomUUID().toString();
		String serviceToken = TestTokens.shared().accessToken("storage-service",
				Map.of("permissions", List.of("reconcile")));
		List<String> tokenRequests = new CopyOnWriteArrayList<>();
		HttpServer issuer = tokenEndpoint(serviceToken, tokenRequests);
		try {
			ReconciliationSchedule schedule = new ReconciliationSchedule(this.reconciliation, RestClient.builder(),
					scheduleProperties(issuer, secret));

			ReconciliationReport report = schedule.run();

			assertThat(report).isNotNull();
			assertThat(report.dryRun()).isFalse();
			assertThat(tokenRequests).singleElement()
				.satisfies((request) -> assertThat(request).contains("grant_type=client_credentials")
					.contains("audience=" + URLEncoder.encode(TestTokens.AUDIENCE, StandardCharsets.UTF_8))
					.contains("Basic " + Base64.getEncoder()
						.encodeToString(("storage-service:" + secret).getBytes(StandardCharsets.UTF_8))));
			assertThat(StubPhotoService.shared().knownQueryAuthorizations()).contains("Bearer " + serviceToken);
			invariants().assertPurged(this.ownerId, this.orphan);
			invariants().assertStored(this.ownerId, this.live);
			invariants().assertStored(this.ownerId, this.inFlight);
		}
		finally {
			issuer.stop(0);
		}
	}

	@Test
	void scheduledRunWithoutATokenRemovesNothingAndWaitsForTheNextRun() throws IOException {
		HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		issuer.createContext("/oauth/token", (exchange) -> {
			exchange.sendResponseHeaders(401, -1);
			exchange.close();
		});
		issuer.start();
		try {
			ReconciliationSchedule schedule = new ReconciliationSchedule(this.reconciliation, RestClient.builder(),
					scheduleProperties(issuer, UUID.randomUUID().toString()));

			assertThat(schedule.run()).isNull();
			invariants().assertStored(this.ownerId, this.orphan);
		}
		finally {
			issuer.stop(0);
		}
	}

	@Test
	void refusesACallerWithoutTheOpsPermission() {
		reconcile("/ops/reconciliation", TestTokens.shared().accessToken(TestTokens.newSubject()))
			.expectStatus().isForbidden();

		invariants().assertStored(this.ownerId, this.orphan);
	}

	private RestTestClient.ResponseSpec reconcile(String uri) {
		return reconcile(uri, opsToken());
	}

	private RestTestClient.ResponseSpec reconcile(String uri, String token) {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build()
			.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

	private static String opsToken() {
		return TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("permissions", List.of("ops")));
	}

	private UUID storedPhoto() {
		UUID photoId = UUID.randomUUID();
		for (Variant variant : Variant.values()) {
			this.blobs.put(this.ownerId, photoId, variant, new ByteArrayInputStream(new byte[] { 1 }), "image/jpeg");
		}
		return photoId;
	}

	private Instant lastModified(UUID photoId) {
		return this.container.listBlobs(new ListBlobsOptions().setPrefix(this.ownerId + "/" + photoId + "/"), null)
			.stream()
			.map((item) -> item.getProperties().getLastModified().toInstant())
			.max(Instant::compareTo)
			.orElseThrow();
	}

	private static ReconciliationScheduleProperties scheduleProperties(HttpServer issuer, String secret) {
		return new ReconciliationScheduleProperties(
				URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/oauth/token"), "storage-service",
				secret, TestTokens.AUDIENCE, Duration.ofHours(24), Duration.ofMinutes(10));
	}

	// An Auth0-like token endpoint that records each request's Authorization header and form.
	private static HttpServer tokenEndpoint(String token, List<String> requests) throws IOException {
		HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		issuer.createContext("/oauth/token", (exchange) -> {
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + form);
			byte[] body = ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		issuer.start();
		return issuer;
	}

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

}
