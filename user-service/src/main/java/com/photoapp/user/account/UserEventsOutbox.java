package com.photoapp.user.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.photoapp.events.EventEnvelope;
import com.photoapp.events.Topics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records {@code user-events} for publication in the caller's transaction (the transactional
 * outbox); the {@link UserEventsRelay} sends them once that transaction has committed.
 */
@Component
class UserEventsOutbox {

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	UserEventsOutbox(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Records an event keyed by its owner. A transaction must be active, so that the event and the
	 * change commit or roll back together.
	 * @return the event id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID append(UUID ownerId, String type, int version, Object payload) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		EventEnvelope<Object> envelope = new EventEnvelope<>(UUID.randomUUID(), type, version, now, payload);
		this.jdbc.sql("""
				insert into outbox_event (id, topic, message_key, event_type, payload, created_at)
				values (:id, :topic, :messageKey, :eventType, :payload, :createdAt)""")
			.param("id", envelope.eventId())
			.param("topic", Topics.USER_EVENTS)
			.param("messageKey", ownerId.toString())
			.param("eventType", type)
			.param("payload", this.jsonMapper.writeValueAsString(envelope))
			.param("createdAt", now.atOffset(ZoneOffset.UTC))
			.update();
		return envelope.eventId();
	}

}
