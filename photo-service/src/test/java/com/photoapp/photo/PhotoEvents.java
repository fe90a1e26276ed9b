package com.photoapp.photo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.photoapp.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads what reached the {@code photo-events} topic for one owner. It first waits until the outbox
 * holds nothing pending for that owner, so the topic read to its end holds every event the owner's
 * changes produced: counting them then shows an event published exactly once.
 */
public final class PhotoEvents {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final JdbcClient jdbc;

	private final ConsumerFactory<String, String> consumers;

	private final JsonMapper jsonMapper;

	public PhotoEvents(JdbcClient jdbc, ConsumerFactory<String, String> consumers, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.consumers = consumers;
		this.jsonMapper = jsonMapper;
	}

	/** The photo ids of the owner's {@code PhotoPurged} events on the topic, in topic order. */
	public List<UUID> purgedPhotosOf(UUID ownerId) {
		return publishedFor(ownerId).stream()
			.filter((event) -> "PhotoPurged".equals(event.get("type").asString()))
			.map((event) -> UUID.fromString(event.get("payload").get("photoId").asString()))
			.toList();
	}

	/** The owner's events on the topic, once the outbox has published all of them. */
	public List<JsonNode> publishedFor(UUID ownerId) {
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pendingOf(ownerId)).isZero());
		try (Consumer<String, String> consumer = this.consumers.createConsumer("test-" + UUID.randomUUID(), null)) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.PHOTO_EVENTS, TIMEOUT)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<JsonNode> events = new ArrayList<>();
			await().atMost(TIMEOUT).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (ownerId.toString().equals(record.key())) {
						events.add(this.jsonMapper.readTree(record.value()));
					}
				});
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
			});
			return events;
		}
	}

	/** The owner's events recorded in the outbox, published or not. */
	public long recordedFor(UUID ownerId) {
		return this.jdbc.sql("select count(*) from outbox_event where message_key = :owner")
			.param("owner", ownerId.toString())
			.query(Long.class)
			.single();
	}

	private long pendingOf(UUID ownerId) {
		return this.jdbc.sql("select count(*) from outbox_event where message_key = :owner and published_at is null")
			.param("owner", ownerId.toString())
			.query(Long.class)
			.single();
	}

}
