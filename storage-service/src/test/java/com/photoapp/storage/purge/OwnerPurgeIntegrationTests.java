package com.photoapp.storage.purge;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.events.Topics;
import com.photoapp.storage.EventRecords;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for removing a deleted account's blobs and pending uploads on {@code UserDeleted}, through
 * a real broker, PostgreSQL and Azurite.
 */
@StorageServiceTest
class OwnerPurgeIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private final UUID ownerId = UUID.randomUUID();

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private ConsumerFactory<String, String> consumers;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Test
	void deletesEveryBlobAndPendingUploadOfTheOwner() {
		UUID other = UUID.randomUUID();
		storePhotos(this.ownerId, 3);
		storePhotos(other, 1);
		addPendingUpload(this.ownerId);

		publishUserDeleted();

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertOwnerGone(this.ownerId));
		assertThat(pendingUploadsOf(this.ownerId)).isZero();
		assertThat(blobsOf(other)).hasSize(Variant.values().length);
	}

	/**
	 * A consumer that dies after deleting part of the owner's blobs leaves the event unacknowledged;
	 * the restarted consumer gets it again, lists what is left and deletes it.
	 */
	@Test
	void deletesAThousandPhotosAcrossAConsumerRestartMidway() {
		storePhotos(this.ownerId, 1_000);
		MessageListenerContainer listener = this.listeners.getListenerContainer(UserEventsListener.ID);
		listener.stop();
		try {
			publishUserDeleted();
			deleteSomeBlobsAsTheStoppedConsumerDid(700);
		}
		finally {
			listener.start();
		}

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertOwnerGone(this.ownerId));
		assertThat(new EventRecords(this.kafka, this.consumers).recordsOf(Topics.USER_EVENTS + ".DLT", this.ownerId))
			.isEmpty();
	}

	private void deleteSomeBlobsAsTheStoppedConsumerDid(int count) {
		blobsOf(this.ownerId).stream().limit(count).forEach((name) -> this.container.getBlobClient(name).delete());
		assertThat(blobsOf(this.ownerId)).hasSize(1_000 * Variant.values().length - count);
	}

	private void publishUserDeleted() {
		new EventRecords(this.kafka, this.consumers).publish(Topics.USER_EVENTS, this.ownerId,
				EventRecords.userDeleted(UUID.randomUUID(), this.ownerId));
	}

	// Azurite answers each write in a few milliseconds; many at once keep the set-up short.
	private void storePhotos(UUID owner, int count) {
		try (ExecutorService executor = Executors.newFixedThreadPool(16)) {
			IntStream.range(0, count).forEach((i) -> executor.execute(() -> storePhoto(owner, UUID.randomUUID())));
		}
	}

	private void storePhoto(UUID owner, UUID photoId) {
		for (Variant variant : Variant.values()) {
			this.blobs.put(owner, photoId, variant, new ByteArrayInputStream(new byte[] { 1 }), "image/jpeg");
		}
	}

	private void addPendingUpload(UUID owner) {
		this.jdbc.sql("insert into storage.pending_upload (photo_id, owner_id, created_at) values (?, ?, now())")
			.params(UUID.randomUUID(), owner)
			.update();
	}

	private long pendingUploadsOf(UUID owner) {
		return this.jdbc.sql("select count(*) from storage.pending_upload where owner_id = ?")
			.param(owner)
			.query(Long.class)
			.single();
	}

	private List<String> blobsOf(UUID owner) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(owner + "/");
		return this.container.listBlobs(options, null).stream().map(BlobItem::getName).toList();
	}

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

}
