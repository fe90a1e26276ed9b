package com.photoapp.storage.reconcile;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.TestClock;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

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

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

}
