package com.photoapp.storage.purge;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.photoapp.events.Topics;
import com.photoapp.storage.EventRecords;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.SendResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for removing blobs on {@code PhotoPurged} events, through a real broker and Azurite.
 */
@StorageServiceTest
class PurgeIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String DEAD_LETTERS = Topics.PHOTO_EVENTS + ".DLT";

	private final UUID ownerId = UUID.randomUUID();

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private ConsumerFactory<String, String> consumers;

	@Autowired
	private KafkaAdmin kafkaAdmin;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private MeterRegistry meters;

	@Test
	void deletesEveryBlobOfThePurgedPhoto() {
		UUID photoId = storedPhoto();

		publish(photoPurged(photoId));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, photoId));
	}

	@Test
	void keepsTheOwnersOtherPhotos() {
		UUID purged = storedPhoto();
		UUID kept = storedPhoto();

		publish(photoPurged(purged));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, purged));
		invariants().assertStored(this.ownerId, kept);
	}

	@Test
	void treatsPurgeOfMissingBlobsAsDone() {
		UUID gone = UUID.randomUUID();
		UUID next = storedPhoto();

		publish(photoPurged(gone));
		publish(photoPurged(next));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, next));
		assertThat(records().recordsOf(DEAD_LETTERS, this.ownerId)).isEmpty();
	}

	@Test
	void countsADeadLetterByTheTopicItCameFrom() {
		double before = deadLetters();

		publish("not an event either");

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(deadLetters() - before).isEqualTo(1));
	}

	@Test
	void sendsAnUnreadableRecordToTheDeadLetterTopicWithItsCoordinates() {
		SendResult<String, String> sent = publish("this is not json");

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(records().recordsOf(DEAD_LETTERS, this.ownerId))
			.singleElement()
			.satisfies((dead) -> {
				assertThat(dead.value()).isEqualTo("this is not json");
				assertThat(text(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.PHOTO_EVENTS);
				assertThat(ByteBuffer.wrap(header(dead, KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt())
					.isEqualTo(sent.getRecordMetadata().partition());
				assertThat(ByteBuffer.wrap(header(dead, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong())
					.isEqualTo(sent.getRecordMetadata().offset());
				assertThat(text(dead, KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotBlank();
				assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNull();
				assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).isNull();
			}));
	}

	@Test
	void keepsThePartitionFlowingAfterAnUnreadableRecord() {
		UUID photoId = storedPhoto();

		publish("this is not json");
		publish(photoPurged(photoId));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, photoId));
	}

	@Test
	void skipsUnknownEventTypesAndGoesOn() {
		UUID photoId = storedPhoto();

		publish(EventRecords.envelope(UUID.randomUUID(), "PhotoFavourited", 1,
				"{\"photoId\":\"%s\"}".formatted(photoId)));
		publish(photoPurged(photoId));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, photoId));
		assertThat(records().recordsOf(DEAD_LETTERS, this.ownerId)).isEmpty();
	}

	@Test
	void appliesAnEventDeliveredTwiceOnce() {
		UUID photoId = storedPhoto();
		UUID later = storedPhoto();
		String event = EventRecords.photoPurged(UUID.randomUUID(), this.ownerId, photoId);

		publish(event);
		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, photoId));
		restore(photoId);
		publish(event);
		publish(photoPurged(later));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, later));
		invariants().assertStored(this.ownerId, photoId);
		assertThat(records().recordsOf(DEAD_LETTERS, this.ownerId)).isEmpty();
	}

	@Test
	void changesNothingWhenTheConsumerSeeksBack() throws Exception {
		UUID photoId = storedPhoto();
		SendResult<String, String> sent = publish(photoPurged(photoId));
		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, photoId));
		restore(photoId);

		seekBack(sent);
		UUID marker = storedPhoto();
		publish(photoPurged(marker));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, marker));
		invariants().assertStored(this.ownerId, photoId);
		assertThat(records().recordsOf(DEAD_LETTERS, this.ownerId)).isEmpty();
	}

	@Test
	void readsEventsPublishedBeforeANewConsumerGroupJoined() {
		SendResult<String, String> sent = publish(photoPurged(UUID.randomUUID()));
		TopicPartition partition = new TopicPartition(Topics.PHOTO_EVENTS, sent.getRecordMetadata().partition());

		try (Consumer<String, String> consumer = this.consumers.createConsumer("new-group-" + UUID.randomUUID(),
				null)) {
			consumer.subscribe(List.of(Topics.PHOTO_EVENTS));
			await().atMost(TIMEOUT).untilAsserted(() -> {
				consumer.poll(Duration.ofMillis(200));
				assertThat(consumer.assignment()).contains(partition);
				assertThat(consumer.position(partition)).isGreaterThan(sent.getRecordMetadata().offset());
			});
		}
	}

	// Rewinds the service's own consumer group to an event it has already applied. Every listener of
	// the group stops first: the broker changes the offsets of empty groups only.
	private void seekBack(SendResult<String, String> sent) throws Exception {
		TopicPartition partition = new TopicPartition(Topics.PHOTO_EVENTS, sent.getRecordMetadata().partition());
		this.listeners.getListenerContainers().forEach(MessageListenerContainer::stop);
		try (Admin admin = Admin.create(this.kafkaAdmin.getConfigurationProperties())) {
			admin.alterConsumerGroupOffsets("storage-service",
					Map.of(partition, new OffsetAndMetadata(sent.getRecordMetadata().offset())))
				.all()
				.get();
		}
		finally {
			this.listeners.getListenerContainers().forEach(MessageListenerContainer::start);
		}
	}

	private UUID storedPhoto() {
		UUID photoId = UUID.randomUUID();
		restore(photoId);
		invariants().assertStored(this.ownerId, photoId);
		return photoId;
	}

	private void restore(UUID photoId) {
		for (Variant variant : Variant.values()) {
			this.blobs.put(this.ownerId, photoId, variant, new ByteArrayInputStream(new byte[] { 1, 2, 3 }),
					"image/jpeg");
		}
	}

	private SendResult<String, String> publish(String value) {
		return records().publish(Topics.PHOTO_EVENTS, this.ownerId, value);
	}

	private String photoPurged(UUID photoId) {
		return EventRecords.photoPurged(UUID.randomUUID(), this.ownerId, photoId);
	}

	private EventRecords records() {
		return new EventRecords(this.kafka, this.consumers);
	}

	private static byte[] header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		assertThat(header).as(name).isNotNull();
		return header.value();
	}

	private static String text(ConsumerRecord<?, ?> record, String name) {
		return new String(header(record, name), StandardCharsets.UTF_8);
	}

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

	private double deadLetters() {
		return this.meters.get("photoapp.dead.letters").tag("topic", Topics.PHOTO_EVENTS).counter().count();
	}

}
