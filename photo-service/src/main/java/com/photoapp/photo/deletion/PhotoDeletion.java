package com.photoapp.photo.deletion;

import java.util.UUID;

import com.photoapp.events.PhotoPurged;
import com.photoapp.events.Topics;
import com.photoapp.outbox.Outbox;
import com.photoapp.photo.catalogue.PhotoNotFoundException;
import com.photoapp.photo.catalogue.PhotoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purges a photo: the row goes and a {@link PhotoPurged} event is recorded in the same
 * transaction, so the blobs are deleted if and only if the row is.
 */
@Service
class PhotoDeletion {

	private static final Logger logger = LoggerFactory.getLogger(PhotoDeletion.class);

	private final PhotoRepository photos;

	private final Outbox outbox;

	PhotoDeletion(PhotoRepository photos, Outbox outbox) {
		this.photos = photos;
		this.outbox = outbox;
	}

	@Transactional
	void purge(UUID ownerId, UUID photoId) {
		if (!this.photos.deleteOwned(ownerId, photoId)) {
			throw new PhotoNotFoundException(photoId);
		}
		this.outbox.append(Topics.PHOTO_EVENTS, ownerId, PhotoPurged.TYPE, PhotoPurged.VERSION,
				new PhotoPurged(ownerId, photoId));
		logger.info("Purged photo {} of owner {}", photoId, ownerId);
	}

}
