package com.photoapp.storage.upload;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the sweeper of abandoned uploads against the real PostgreSQL and Azurite. The default
 * grace period of one hour applies.
 */
@StorageServiceTest
class PendingUploadSweeperIntegrationTests {

	private final UUID ownerId = UUID.randomUUID();

	@Autowired
	private PendingUploadSweeper sweeper;

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void removesTheBlobsAndRowOfAnUploadAbandonedLongerThanTheGracePeriod() {
		UUID abandoned = storedPhoto();
		pending(abandoned, Duration.ofHours(2));

		this.sweeper.sweep();

		invariants().assertPurged(this.ownerId, abandoned);
		assertThat(isPending(abandoned)).isFalse();
	}

	@Test
	void leavesAnUploadInFlightAlone() {
		UUID inFlight = storedPhoto();
		pending(inFlight, Duration.ofMinutes(1));

		this.sweeper.sweep();

		invariants().assertStored(this.ownerId, inFlight);
		assertThat(isPending(inFlight)).isTrue();
	}

	@Test
	void leavesARegisteredPhotoAlone() {
		UUID registered = storedPhoto();

		this.sweeper.sweep();

		invariants().assertStored(this.ownerId, registered);
	}

	@Test
	void forgetsAnAbandonedUploadWhoseBlobsAreAlreadyGone() {
		UUID abandoned = UUID.randomUUID();
		pending(abandoned, Duration.ofHours(2));

		this.sweeper.sweep();

		assertThat(isPending(abandoned)).isFalse();
	}

	private UUID storedPhoto() {
		UUID photoId = UUID.randomUUID();
		for (Variant variant : Variant.values()) {
			this.blobs.put(this.ownerId, photoId, variant, new ByteArrayInputStream(new byte[] { 1 }), "image/jpeg");
		}
		return photoId;
	}

	private void pending(UUID photoId, Duration age) {
		this.jdbc.sql("""
				insert into storage.pending_upload (photo_id, owner_id, created_at)
				values (?, ?, now() - make_interval(secs => ?))""")
			.params(photoId, this.ownerId, age.toSeconds())
			.update();
	}

	private boolean isPending(UUID photoId) {
		return this.jdbc.sql("select exists (select 1 from storage.pending_upload where photo_id = ?)")
			.param(photoId)
			.query(Boolean.class)
			.single();
	}

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

}
