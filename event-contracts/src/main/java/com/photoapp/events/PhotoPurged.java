package com.photoapp.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A photo's catalogue row is gone for good; every blob of the photo must go too.
 * <p>
 * Emitted by photo-service on {@link Topics#PHOTO_EVENTS} in the same transaction that deletes the
 * row, keyed by {@code ownerId}. Consumers treat it idempotently: deleting blobs that are already
 * gone is success.
 *
 * @param ownerId the owner of the photo
 * @param photoId the photo that was purged
 */
public record PhotoPurged(UUID ownerId, UUID photoId) {

	public static final String TYPE = "PhotoPurged";

	public static final int VERSION = 1;

	public PhotoPurged {
		Objects.requireNonNull(ownerId, "ownerId");
		Objects.requireNonNull(photoId, "photoId");
	}

}
