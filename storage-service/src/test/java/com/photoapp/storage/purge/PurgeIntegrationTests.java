package com.photoapp.storage.purge;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.events.Topics;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for removing blobs on {@code PhotoPurged} events, through a real broker and Azurite.
 */
@StorageServiceTest
class PurgeIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final UUID ownerId = UUID.randomUUID();

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Test
	void deletesEveryBlobOfThePurgedPhoto() {
		UUID photoId = storedPhoto();

		publish(photoPurged(photoId));

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(blobsOf(photoId)).isEmpty());
	}

	@Test
	void keepsTheOwnersOtherPhotos() {
		UUID purged = storedPhoto();
		UUID kept = storedPhoto();

		publish(photoPurged(purged));

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(blobsOf(purged)).isEmpty());
		assertThat(blobsOf(kept)).hasSize(2);
	}

	@Test
	void treatsPurgeOfMissingBlobsAsDone() {
		UUID gone = UUID.randomUUID();
		UUID next = storedPhoto();

		publish(photoPurged(gone));
		publish(photoPurged(next));

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(blobsOf(next)).isEmpty());
	}

	@Test
	void skipsUnreadableRecordAndGoesOn() {
		UUID photoId = storedPhoto();

		publish("this is not json");
		publish(photoPurged(photoId));

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(blobsOf(photoId)).isEmpty());
	}

	@Test
	void skipsUnknownEventTypesAndGoesOn() {
		UUID photoId = storedPhoto();

		publish(envelope("PhotoFavourited", 1, "{\"photoId\":\"%s\"}".formatted(photoId)));
		publish(photoPurged(photoId));

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(blobsOf(photoId)).isEmpty());
	}

	private UUID storedPhoto() {
		UUID photoId = UUID.randomUUID();
		for (Variant variant : Variant.values()) {
			this.blobs.put(this.ownerId, photoId, variant, new ByteArrayInputStream(new byte[] { 1, 2, 3 }),
					"image/jpeg");
		}
		assertThat(blobsOf(photoId)).hasSize(2);
		return photoId;
	}

	private void publish(String value) {
		this.kafka.send(Topics.PHOTO_EVENTS, this.ownerId.toString(), value).join();
	}

	private String photoPurged(UUID photoId) {
		return envelope("PhotoPurged", 1, "{\"ownerId\":\"%s\",\"photoId\":\"%s\"}".formatted(this.ownerId, photoId));
	}

	private static String envelope(String type, int version, String payload) {
		return """
				{"eventId":"%s","type":"%s","version":%d,"occurredAt":"2026-12-03T17:00:00Z","payload":%s}"""
			.formatted(UUID.randomUUID(), type, version, payload);
	}

	private List<String> blobsOf(UUID photoId) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(this.ownerId + "/" + photoId + "/");
		return this.container.listBlobs(options, null).stream().map(BlobItem::getName).toList();
	}

}
