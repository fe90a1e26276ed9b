package com.photoapp.outbox;

import java.time.Instant;
import java.util.UUID;

import com.photoapp.events.EventEnvelope;
import tools.jackson.databind.json.JsonMapper;

/**
 * A message waiting in {@code outbox_event}: the Kafka record exactly as it will be sent. Its id is
 * the envelope's {@code eventId}, which consumers deduplicate on.
 *
 * @param id the event id
 * @param topic the Kafka topic
 * @param messageKey the Kafka key, the owner id, so that one owner's events stay in order
 * @param eventType the envelope's type, kept as a column for operators
 * @param payload the serialised envelope
 * @param createdAt when the change that caused it was made
 */
public record OutboxRecord(UUID id, String topic, String messageKey, String eventType, String payload,
		Instant createdAt) {

	public static OutboxRecord of(String topic, UUID key, EventEnvelope<?> envelope, JsonMapper jsonMapper) {
		return new OutboxRecord(envelope.eventId(), topic, key.toString(), envelope.type(),
				jsonMapper.writeValueAsString(envelope), envelope.occurredAt());
	}

}
