package com.photoapp.photo.erasure;

import com.photoapp.events.EventEnvelope;
import com.photoapp.events.Topics;
import com.photoapp.events.UserDeleted;
import com.photoapp.inbox.EventReader;
import com.photoapp.inbox.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Removes the catalogue of a deleted account. No {@code PhotoPurged} is emitted per photo: the
 * storage service reads the same {@code UserDeleted} and removes the owner's whole prefix. The
 * offset is acknowledged only after the last batch, so a restart midway carries on.
 */
@Component
class UserEventsListener {

	static final String ID = "user-events";

	private static final Logger logger = LoggerFactory.getLogger(UserEventsListener.class);

	private final EventReader reader;

	private final ProcessedEvents processed;

	private final OwnerErasure erasure;

	UserEventsListener(EventReader reader, ProcessedEvents processed, OwnerErasure erasure) {
		this.reader = reader;
		this.processed = processed;
		this.erasure = erasure;
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
			erase(envelope);
		}
		acknowledgment.acknowledge();
	}

	private void erase(EventEnvelope<JsonNode> envelope) {
		UserDeleted deleted = this.reader.payload(envelope, UserDeleted.class, UserDeleted.VERSION);
		int rows = this.erasure.erase(deleted.ownerId());
		this.processed.add(envelope.eventId(), envelope.type());
		logger.info("Deleted {} photos of deleted owner {}", rows, deleted.ownerId());
	}

}
