package com.photoapp.storage.purge;

import com.photoapp.events.EventEnvelope;
import com.photoapp.events.PhotoPurged;
import com.photoapp.events.Topics;
import com.photoapp.storage.blob.PhotoBlobs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Removes the blobs of photos the catalogue purged. Deleting is idempotent, so a redelivered event
 * does no harm; the offset is acknowledged only after the blobs are gone.
 */
@Component
class PhotoEventsListener {

	private static final Logger logger = LoggerFactory.getLogger(PhotoEventsListener.class);

	private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
	};

	private final JsonMapper jsonMapper;

	private final PhotoBlobs blobs;

	PhotoEventsListener(JsonMapper jsonMapper, PhotoBlobs blobs) {
		this.jsonMapper = jsonMapper;
		this.blobs = blobs;
	}

	@KafkaListener(topics = Topics.PHOTO_EVENTS)
	void onPhotoEvent(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
		EventEnvelope<JsonNode> envelope = read(record.value());
		if (PhotoPurged.TYPE.equals(envelope.type())) {
			purge(envelope);
		}
		else {
			logger.debug("Skipping event {} of type {}", envelope.eventId(), envelope.type());
		}
		acknowledgment.acknowledge();
	}

	private void purge(EventEnvelope<JsonNode> envelope) {
		if (envelope.version() != PhotoPurged.VERSION) {
			throw new UnreadableEventException("Unsupported PhotoPurged version " + envelope.version());
		}
		PhotoPurged purged = convert(envelope.payload());
		int deleted = this.blobs.deletePhoto(purged.ownerId(), purged.photoId());
		logger.info("Deleted {} blobs of purged photo {}", deleted, purged.photoId());
	}

	private EventEnvelope<JsonNode> read(String value) {
		if (value == null) {
			throw new UnreadableEventException("Record has no value");
		}
		try {
			return this.jsonMapper.readValue(value, ENVELOPE);
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("Record is not an event envelope", ex);
		}
	}

	private PhotoPurged convert(JsonNode payload) {
		PhotoPurged purged;
		try {
			purged = this.jsonMapper.treeToValue(payload, PhotoPurged.class);
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("Payload is not a PhotoPurged event", ex);
		}
		if (purged == null) {
			throw new UnreadableEventException("PhotoPurged event has no payload");
		}
		return purged;
	}

}
