package com.photoapp.storage.purge;

import com.photoapp.events.EventEnvelope;
import com.photoapp.events.Topics;
import com.photoapp.events.UserDeleted;
import com.photoapp.inbox.EventReader;
import com.photoapp.inbox.ProcessedEvents;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.resumable.UploadSessionCleanup;
import com.photoapp.storage.upload.PendingUploads;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Removes everything the service holds of a deleted account: unfinished resumable uploads, every
 * blob under the owner's prefix, page by page, then the owner's pending uploads. A crash midway leaves the offset unacknowledged;
 * the redelivered event lists what is left and goes on, so owners with thousands of photos are
 * removed completely.
 */
@Component
class UserEventsListener {

	static final String ID = "user-events";

	private static final Logger logger = LoggerFactory.getLogger(UserEventsListener.class);

	private final EventReader reader;

	private final ProcessedEvents processed;

	private final PhotoBlobs blobs;

	private final PendingUploads pendingUploads;

	private final UploadSessionCleanup uploadSessions;

	UserEventsListener(EventReader reader, ProcessedEvents processed, PhotoBlobs blobs, PendingUploads pendingUploads,
			UploadSessionCleanup uploadSessions) {
		this.reader = reader;
		this.processed = processed;
		this.blobs = blobs;
		this.pendingUploads = pendingUploads;
		this.uploadSessions = uploadSessions;
	}

	@KafkaListener(id = ID, idIsGroup = false, topics = Topics.USER_EVENTS)
	void onUserEvent(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
		EventEnvelope<JsonNode> envelope = this.reader.envelope(record.value());
		if (!UserDeleted.TYPE.equals(envelope.type())) {
			logger.debug("Skipping event {} of type {}", envelope.eventId(), envelope.type());
		}
		else if (this.processed.contains(envelope.eventId())) {
			logger.debug("Skipping event {}, processed before", envelope.eventId());
		}
		else {
			removeOwner(envelope);
		}
		acknowledgment.acknowledge();
	}

	private void removeOwner(EventEnvelope<JsonNode> envelope) {
		UserDeleted deleted = this.reader.payload(envelope, UserDeleted.class, UserDeleted.VERSION);
		// Staged chunks are not listed as blobs, so unfinished uploads are discarded by their records.
		int sessions = this.uploadSessions.removeOwner(deleted.ownerId());
		int blobs = this.blobs.deleteOwner(deleted.ownerId());
		int pending = this.pendingUploads.removeOwner(deleted.ownerId());
		this.processed.add(envelope.eventId(), envelope.type());
		logger.info("Deleted {} blobs, {} pending and {} unfinished uploads of deleted owner {}", blobs, pending,
				sessions, deleted.ownerId());
	}

}
