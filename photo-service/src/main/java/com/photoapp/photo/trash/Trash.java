package com.photoapp.photo.trash;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.photoapp.photo.catalogue.CatalogueProperties;
import com.photoapp.photo.catalogue.Photo;
import com.photoapp.photo.catalogue.PhotoNotFoundException;
import com.photoapp.photo.catalogue.PhotoRepository;
import com.photoapp.photo.catalogue.SortKey;
import com.photoapp.photo.deletion.PhotoDeletion;
import com.photoapp.photo.timeline.TimelinePage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The owner's trash: deleting a photo moves it here, from where it can be restored until it is
 * purged by the owner or, after the retention, by {@link TrashPurge}.
 */
@Service
class Trash {

	private static final Logger logger = LoggerFactory.getLogger(Trash.class);

	private final PhotoRepository photos;

	private final PhotoDeletion deletion;

	private final CatalogueProperties properties;

	private final Clock clock;

	Trash(PhotoRepository photos, PhotoDeletion deletion, CatalogueProperties properties, Clock clock) {
		this.photos = photos;
		this.deletion = deletion;
		this.properties = properties;
		this.clock = clock;
	}

	/** Moves the photo to the trash; one that is there already keeps its original trashing time. */
	void trash(UUID ownerId, UUID photoId) {
		if (this.photos.trash(ownerId, photoId, this.clock.instant().truncatedTo(ChronoUnit.MICROS))) {
			logger.info("Moved photo {} of owner {} to the trash", photoId, ownerId);
		}
		else if (this.photos.findOwned(ownerId, photoId).isEmpty()) {
			throw new PhotoNotFoundException(photoId);
		}
	}

	Photo restore(UUID ownerId, UUID photoId) {
		return this.photos.restore(ownerId, photoId).orElseThrow(() -> new PhotoNotFoundException(photoId));
	}

	TimelinePage page(UUID ownerId, @Nullable String cursor, int limit) {
		return TimelinePage.of(cursor, limit, Trash::trashKey,
				(after, rows) -> this.photos.findTrash(ownerId, after, rows));
	}

	void purge(UUID ownerId, UUID photoId) {
		if (!this.deletion.purge(ownerId, photoId)) {
			throw new PhotoNotFoundException(photoId);
		}
	}

	/**
	 * Purges the owner's whole trash, one committed batch at a time.
	 * @return how many photos were purged
	 */
	int empty(UUID ownerId) {
		int batchSize = this.properties.purgeBatchSize();
		int total = 0;
		int purged;
		do {
			purged = this.deletion.purgeTrashBatch(ownerId, batchSize);
			total += purged;
		}
		while (purged == batchSize);
		logger.info("Emptied the trash of owner {}: {} photos purged", ownerId, total);
		return total;
	}

	// Every photo of the trash listing has a trashing time.
	private static SortKey trashKey(Photo photo) {
		return new SortKey(photo.trashedAt(), photo.id());
	}

}
