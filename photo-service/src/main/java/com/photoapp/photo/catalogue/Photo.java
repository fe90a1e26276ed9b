package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One catalogue row. Timestamps carry microseconds at most, the precision PostgreSQL keeps, so a
 * photo read back equals the one written.
 *
 * @param id the photo id, chosen by storage-service
 * @param ownerId the owner, derived from the access token
 * @param fileName the name the user uploaded it under
 * @param contentType the type storage-service detected from the bytes
 * @param sizeBytes size of the original
 * @param sha256 lower-case hex SHA-256 of the original
 * @param width width in pixels
 * @param height height in pixels
 * @param takenAt when the picture was taken, from EXIF, if known
 * @param uploadedAt when the catalogue registered it
 */
public record Photo(UUID id, UUID ownerId, String fileName, String contentType, long sizeBytes, String sha256,
		int width, int height, @Nullable Instant takenAt, Instant uploadedAt) {

	/** The timeline position: newest first by capture time, falling back to upload time. */
	public SortKey sortKey() {
		return new SortKey((this.takenAt != null) ? this.takenAt : this.uploadedAt, this.id);
	}

}
