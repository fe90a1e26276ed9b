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
 * @param fileName the name the user uploaded it under or renamed it to
 * @param contentType the type storage-service detected from the bytes
 * @param sizeBytes size of the original
 * @param sha256 lower-case hex SHA-256 of the original
 * @param width width in pixels as displayed
 * @param height height in pixels as displayed
 * @param takenAt when the picture was taken, from EXIF, if known
 * @param takenAtOffset the camera's UTC offset when it was taken ({@code +02:00}), if known
 * @param uploadedAt when the catalogue registered it
 * @param cameraMake the camera's maker, if known
 * @param cameraModel the camera's model, if known
 * @param location where it was taken, if known
 * @param derivatives whether storage-service holds a thumbnail and a preview
 * @param favourite whether the owner marked it
 * @param trashedAt when it was moved to the trash; {@code null} outside the trash
 */
public record Photo(UUID id, UUID ownerId, String fileName, String contentType, long sizeBytes, String sha256,
		int width, int height, @Nullable Instant takenAt, @Nullable String takenAtOffset, Instant uploadedAt,
		@Nullable String cameraMake, @Nullable String cameraModel, @Nullable Location location, boolean derivatives,
		boolean favourite, @Nullable Instant trashedAt) {

	/** The timeline position: newest first by capture time, falling back to upload time. */
	public SortKey sortKey() {
		return new SortKey((this.takenAt != null) ? this.takenAt : this.uploadedAt, this.id);
	}

	public boolean trashed() {
		return this.trashedAt != null;
	}

}
