package com.photoapp.storage.purge;

import com.photoapp.events.EventEnvelope;
import com.photoapp.events.PhotoPurged;
import com.photoapp.events.Topics;
import com.photoapp.inbox.EventReader;
import com.photoapp.inbox.ProcessedEvents;
import com.photoapp.storage.blob.PhotoBlobs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Removes the blobs of photos the catalogue purged. The offset is acknowledged only after the blobs
 * are gone; a redelivered event is skipped by its id, and deleting blobs that are already gone is
 * success anyway.
 */
@Component
class PhotoEventsListener {

	static final String ID = "photo-events";

	private static final Logger logger = LoggerFactory.getLogger(PhotoEventsListener.class);

	private final EventReader reader;

	private final ProcessedEvents processed;

	private final PhotoBlobs blobs;

	PhotoEventsListener(EventReader reader, ProcessedEvents processed, PhotoBlobs blobs) {
		this.reader = reader;
		this.processed = processed;
		this.blobs = blobs;
	}

	@KafkaListener(id = ID, idIsGroup = false, topics = Topics.PHOTO_EVENTS)
	void onPhotoEvent(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
		EventEnvelope<JsonNode> envelope = this.reader.envelope(record.value());
		if (!PhotoPurged.TYPE.equals(envelope.type())) {
			logger.debug("Skipping event {} of type {}", envelope.eventId(), envelope.type());
		}
		else if (this.processed.contains(envelope.eventId())) {
			logger.debug("Skipping event {}, processed before", envelope.eventId());
		}
		else {
			purge(envelope);
		}
		acknowledgment.acknowledge();
	}

	private void purge(EventEnvelope<JsonNode> envelope) {
		PhotoPurged purged = this.reader.payload(envelope, PhotoPurged.class, PhotoPurged.VERSION);
		int deleted = this.blobs.deletePhoto(purged.ownerId(), purged.photoId());
		this.processed.add(envelope.eventId(), envelope.type());
		logger.info("Deleted {} blobs of purged photo {}", deleted, purged.photoId());
	}

}
