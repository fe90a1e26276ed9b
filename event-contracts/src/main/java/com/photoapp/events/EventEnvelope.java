package com.photoapp.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The JSON envelope every event travels in. Consumers deduplicate on {@code eventId}; {@code type}
 * and {@code version} tell them how to read {@code payload}.
 *
 * @param eventId unique per event, stable across redeliveries
 * @param type the payload's type name, for example {@link PhotoPurged#TYPE}
 * @param version the payload's schema version
 * @param occurredAt when the change was committed by the producer
 * @param payload the event itself
 * @param <P> the payload type
 */
public record EventEnvelope<P>(UUID eventId, String type, int version, Instant occurredAt, P payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(payload, "payload");
	}

}
