package com.photoapp.photo.deletion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.photoapp.events.PhotoPurged;
import com.photoapp.events.Topics;
import com.photoapp.outbox.Outbox;
import com.photoapp.photo.catalogue.PhotoKey;
import com.photoapp.photo.catalogue.PhotoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purges photos from the trash: each row goes and a {@link PhotoPurged} event is recorded in the
 * same transaction, so the blobs are deleted if and only if the row is. Only photos in the trash are
 * ever purged, so a restore that commits first always wins.
 */
@Service
public class PhotoDeletion {

	private static final Logger logger = LoggerFactory.getLogger(PhotoDeletion.class);

	private final PhotoRepository photos;

	private final Outbox outbox;

	PhotoDeletion(PhotoRepository photos, Outbox outbox) {
		this.photos = photos;
		this.outbox = outbox;
	}

	/**
	 * Purges one photo of the owner's trash.
	 * @return {@code false} when the owner has no such photo in the trash
	 */
	@Transactional
	public boolean purge(UUID ownerId, UUID photoId) {
		if (!this.photos.deleteTrashed(ownerId, photoId)) {
			return false;
		}
		announce(new PhotoKey(ownerId, photoId));
		logger.info("Purged photo {} of owner {}", photoId, ownerId);
		return true;
	}

	/**
	 * Purges one batch of the owner's trash in one transaction.
	 * @return how many photos it purged; fewer than {@code batchSize} when the trash is empty now
	 * or the rest is held by a concurrent change
	 */
	@Transactional
	public int purgeTrashBatch(UUID ownerId, int batchSize) {
		List<UUID> purged = this.photos.deleteTrashOf(ownerId, batchSize);
		purged.forEach((photoId) -> announce(new PhotoKey(ownerId, photoId)));
		return purged.size();
	}

	/**
	 * Purges one batch of photos, of any owner, trashed before the cutoff, in one transaction.
	 * @return how many photos it purged
	 */
	@Transactional
	public int purgeTrashedBeforeBatch(Instant cutoff, int batchSize) {
		List<PhotoKey> purged = this.photos.deleteTrashedBefore(cutoff, batchSize);
		purged.forEach(this::announce);
		return purged.size();
	}

	private void announce(PhotoKey photo) {
		this.outbox.append(Topics.PHOTO_EVENTS, photo.ownerId(), PhotoPurged.TYPE, PhotoPurged.VERSION,
				new PhotoPurged(photo.ownerId(), photo.photoId()));
	}

}
