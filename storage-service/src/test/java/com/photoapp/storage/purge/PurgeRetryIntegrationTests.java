package com.photoapp.storage.purge;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.photoapp.events.Topics;
import com.photoapp.storage.EventRecords;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The storage side failing while events arrive: the table that records processed events is taken
 * away, so every attempt fails until it is back. The events are retried,
 * then applied in the order they were published, and none reaches the dead-letter topic.
 */
@StorageServiceTest
@ExtendWith(OutputCaptureExtension.class)
class PurgeRetryIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

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

	@Test
	void retriesUntilTheDatabaseIsBackThenAppliesEventsInOrder(CapturedOutput output) {
		UUID first = storedPhoto();
		UUID second = storedPhoto();
		UUID firstEvent = UUID.randomUUID();
		UUID secondEvent = UUID.randomUUID();
		EventRecords records = new EventRecords(this.kafka, this.consumers);

		this.jdbc.sql("alter table storage.processed_event rename to processed_event_away").update();
		try {
			records.publish(Topics.PHOTO_EVENTS, this.ownerId,
					EventRecords.photoPurged(firstEvent, this.ownerId, first));
			records.publish(Topics.PHOTO_EVENTS, this.ownerId,
					EventRecords.photoPurged(secondEvent, this.ownerId, second));
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(output.getOut()).contains("Delivery attempt 2 of record photo-events"));
			invariants().assertStored(this.ownerId, first);
			invariants().assertStored(this.ownerId, second);
		}
		finally {
			this.jdbc.sql("alter table storage.processed_event_away rename to processed_event").update();
		}

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, second));
		invariants().assertPurged(this.ownerId, first);
		assertThat(processedInOrder(firstEvent, secondEvent)).containsExactly(firstEvent, secondEvent);
		assertThat(records.recordsOf(Topics.PHOTO_EVENTS + ".DLT", this.ownerId)).isEmpty();
	}

	private List<UUID> processedInOrder(UUID... eventIds) {
		return this.jdbc
			.sql("select event_id from storage.processed_event where event_id = any(?) order by processed_at")
			.param(eventIds)
			.query(UUID.class)
			.list();
	}

	private UUID storedPhoto() {
		UUID photoId = UUID.randomUUID();
		for (Variant variant : Variant.values()) {
			this.blobs.put(this.ownerId, photoId, variant, new ByteArrayInputStream(new byte[] { 1 }), "image/jpeg");
		}
		return photoId;
	}

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

}
