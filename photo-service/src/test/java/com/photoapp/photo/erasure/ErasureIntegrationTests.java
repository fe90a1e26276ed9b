package com.photoapp.photo.erasure;

import java.time.Duration;
import java.util.UUID;

import com.photoapp.events.Topics;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for removing a deleted account's catalogue on {@code UserDeleted}, through the real broker
 * and PostgreSQL.
 */
@PhotoServiceTest
class ErasureIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final UUID ownerId = UUID.randomUUID();

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private OwnerErasure erasure;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Test
	void deletesEveryPhotoOfTheDeletedOwner() {
		insertPhotos(this.ownerId, 1_000);

		publishUserDeleted(UUID.randomUUID());

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(photosOf(this.ownerId)).isZero());
	}

	@Test
	void keepsOtherOwnersPhotos() {
		UUID other = UUID.randomUUID();
		insertPhotos(this.ownerId, 3);
		insertPhotos(other, 3);

		publishUserDeleted(UUID.randomUUID());

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(photosOf(this.ownerId)).isZero());
		assertThat(photosOf(other)).isEqualTo(3);
	}

	/**
	 * A consumer that dies after the first batch committed leaves the event unacknowledged; the
	 * restarted consumer gets it again and deletes the rest.
	 */
	@Test
	void finishesTheErasureAfterAConsumerRestartMidway() {
		insertPhotos(this.ownerId, 1_000);
		MessageListenerContainer listener = this.listeners.getListenerContainer(UserEventsListener.ID);
		listener.stop();
		try {
			publishUserDeleted(UUID.randomUUID());
			this.erasure.deleteBatch(this.ownerId);
			assertThat(photosOf(this.ownerId)).isEqualTo(1_000 - OwnerErasure.BATCH_SIZE);
		}
		finally {
			listener.start();
		}

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(photosOf(this.ownerId)).isZero());
	}

	@Test
	void ignoresAReplayedEventAfterTheOwnerCameBack() {
		UUID eventId = UUID.randomUUID();
		insertPhotos(this.ownerId, 2);
		publishUserDeleted(eventId);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(photosOf(this.ownerId)).isZero());
		insertPhotos(this.ownerId, 1);

		publishUserDeleted(eventId);
		UUID marker = publishUserDeletedOfAnotherOwnerOnTheSamePartition();

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(processed(marker)).isTrue());
		assertThat(photosOf(this.ownerId)).isOne();
	}

	// Same key, so the marker is consumed after the replay.
	private UUID publishUserDeletedOfAnotherOwnerOnTheSamePartition() {
		UUID marker = UUID.randomUUID();
		this.kafka.send(Topics.USER_EVENTS, this.ownerId.toString(), userDeleted(marker, UUID.randomUUID())).join();
		return marker;
	}

	private boolean processed(UUID eventId) {
		return this.jdbc.sql("select exists (select 1 from processed_event where event_id = ?)")
			.param(eventId)
			.query(Boolean.class)
			.single();
	}

	private void publishUserDeleted(UUID eventId) {
		this.kafka.send(Topics.USER_EVENTS, this.ownerId.toString(), userDeleted(eventId, this.ownerId)).join();
	}

	private static String userDeleted(UUID eventId, UUID ownerId) {
		return """
				{"eventId":"%s","type":"UserDeleted","version":1,"occurredAt":"2026-12-03T17:00:00Z",\
				"payload":{"ownerId":"%s"}}""".formatted(eventId, ownerId);
	}

	private void insertPhotos(UUID owner, int count) {
		this.jdbc.sql("""
				insert into photo (id, owner_id, file_name, content_type, size_bytes, sha256, width, height,
					uploaded_at, sort_at)
				select gen_random_uuid(), :ownerId, 'photo.jpg', 'image/jpeg', 1,
					md5(random()::text) || md5(random()::text), 1, 1, now(), now()
				from generate_series(1, :count)""")
			.param("ownerId", owner)
			.param("count", count)
			.update();
	}

	private long photosOf(UUID owner) {
		return this.jdbc.sql("select count(*) from photo where owner_id = ?").param(owner).query(Long.class).single();
	}

}
