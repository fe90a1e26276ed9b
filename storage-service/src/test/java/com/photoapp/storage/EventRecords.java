package com.photoapp.storage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Writes event records the way producers do and reads what ended up on a topic, for tests that
 * drive the service's listeners through the real broker.
 */
public final class EventRecords {

	private final KafkaTemplate<String, String> kafka;

	private final ConsumerFactory<String, String> consumers;

	public EventRecords(KafkaTemplate<String, String> kafka, ConsumerFactory<String, String> consumers) {
		this.kafka = kafka;
		this.consumers = consumers;
	}

	public SendResult<String, String> publish(String topic, UUID ownerId, String value) {
		return this.kafka.send(topic, ownerId.toString(), value).join();
	}

	public static String envelope(UUID eventId, String type, int version, String payload) {
		return """
				{"eventId":"%s","type":"%s","version":%d,"occurredAt":"2026-12-03T17:00:00Z","payload":%s}"""
			.formatted(eventId, type, version, payload);
	}

	public static String photoPurged(UUID eventId, UUID ownerId, UUID photoId) {
		String payload = "{\"ownerId\":\"%s\",\"photoId\":\"%s\"}".formatted(ownerId, photoId);
		return envelope(eventId, "PhotoPurged", 1, payload);
	}

	public static String userDeleted(UUID eventId, UUID ownerId) {
		return envelope(eventId, "UserDeleted", 1, "{\"ownerId\":\"%s\"}".formatted(ownerId));
	}

	/**
	 * Reads a topic from its beginning, as a consumer group of its own would, and keeps the records
	 * of one owner.
	 * @param topic the topic
	 * @param ownerId the record key
	 * @return the owner's records, in partition order
	 */
	public List<ConsumerRecord<String, String>> recordsOf(String topic, UUID ownerId) {
		try (Consumer<String, String> consumer = this.consumers.createConsumer("test-reader-" + UUID.randomUUID(),
				null)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			// Bounded, so that a broker that went away fails the test instead of hanging it.
			for (int polls = 0; polls < 150 && !caughtUp(consumer, partitions); polls++) {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> keep(record, ownerId, records));
			}
			return records;
		}
	}

	private static void keep(ConsumerRecord<String, String> record, UUID ownerId,
			List<ConsumerRecord<String, String>> into) {
		if (ownerId.toString().equals(record.key())) {
			into.add(record);
		}
	}

	private static boolean caughtUp(Consumer<String, String> consumer, List<TopicPartition> partitions) {
		var ends = consumer.endOffsets(partitions);
		return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
	}

}
