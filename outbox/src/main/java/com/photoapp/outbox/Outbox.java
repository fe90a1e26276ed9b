package com.photoapp.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.photoapp.events.EventEnvelope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records events for publication in the caller's transaction (the transactional outbox); the
 * {@link OutboxRelay} sends them once that transaction has committed.
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	public Outbox(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Records an event. A transaction must be active: recorded on its own, the event could outlive
	 * a change that was rolled back, or be lost with one that committed.
	 * @param topic the Kafka topic
	 * @param ownerId the owner, used as the Kafka key
	 * @param type the payload's type name
	 * @param version the payload's schema version
	 * @param payload the event
	 * @return the event id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID append(String topic, UUID ownerId, String type, int version, Object payload) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		EventEnvelope<Object> envelope = new EventEnvelope<>(UUID.randomUUID(), type, version, now, payload);
		OutboxRecord record = OutboxRecord.of(topic, ownerId, envelope, this.jsonMapper);
		this.jdbc.sql("""
				insert into outbox_event (id, topic, message_key, event_type, payload, created_at)
				values (:id, :topic, :messageKey, :eventType, :payload, :createdAt)""")
			.param("id", record.id())
			.param("topic", record.topic())
			.param("messageKey", record.messageKey())
			.param("eventType", record.eventType())
			.param("payload", record.payload())
			.param("createdAt", record.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		return record.id();
	}

}
