package com.photoapp.outbox;

import java.time.Instant;
import java.util.UUID;

import com.photoapp.events.EventEnvelope;
import com.photoapp.events.PhotoPurged;
import com.photoapp.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRecordTests {

	private static final UUID OWNER = UUID.fromString("6f1c2a4e-8d4b-3b8e-9f0a-1c2d3e4f5a6b");

	private static final UUID PHOTO = UUID.fromString("0b7e8a52-37d9-4f55-9b43-bd8a2f1c0e11");

	private static final UUID EVENT = UUID.fromString("5e9b1d7c-2a3f-4c8e-b6d1-7f0e9a8b2c43");

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@Test
	void payloadIsTheEnvelopeWithTheContractsFieldNames() {
		JsonNode json = this.jsonMapper.readTree(purgeRecord().payload());

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("eventId", "type", "version", "occurredAt",
				"payload");
		assertThat(json.get("eventId").asString()).isEqualTo(EVENT.toString());
		assertThat(json.get("type").asString()).isEqualTo("PhotoPurged");
		assertThat(json.get("version").asInt()).isEqualTo(1);
	}

	@Test
	void occurredAtIsAnIsoInstant() {
		JsonNode json = this.jsonMapper.readTree(purgeRecord().payload());

		assertThat(json.get("occurredAt").asString()).isEqualTo("2026-12-03T17:00:00.123456Z");
	}

	@Test
	void payloadCarriesOwnerAndPhoto() {
		JsonNode payload = this.jsonMapper.readTree(purgeRecord().payload()).get("payload");

		assertThat(payload.propertyNames()).containsExactlyInAnyOrder("ownerId", "photoId");
		assertThat(payload.get("ownerId").asString()).isEqualTo(OWNER.toString());
		assertThat(payload.get("photoId").asString()).isEqualTo(PHOTO.toString());
	}

	@Test
	void recordIsKeyedByOwnerAndIdentifiedByEventId() {
		OutboxRecord record = purgeRecord();

		assertThat(record.messageKey()).isEqualTo(OWNER.toString());
		assertThat(record.id()).isEqualTo(EVENT);
		assertThat(record.topic()).isEqualTo(Topics.PHOTO_EVENTS);
		assertThat(record.eventType()).isEqualTo(PhotoPurged.TYPE);
	}

	private OutboxRecord purgeRecord() {
		EventEnvelope<PhotoPurged> envelope = new EventEnvelope<>(EVENT, PhotoPurged.TYPE, PhotoPurged.VERSION,
				Instant.parse("2026-12-03T17:00:00.123456Z"), new PhotoPurged(OWNER, PHOTO));
		return OutboxRecord.of(Topics.PHOTO_EVENTS, OWNER, envelope, this.jsonMapper);
	}

}
