package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The photo JSON of the public and internal API. Owner and hash stay inside the service.
 *
 * @param id the photo id
 * @param fileName the name it was uploaded under or renamed to
 * @param contentType the detected media type
 * @param sizeBytes size of the original
 * @param width width in pixels as displayed
 * @param height height in pixels as displayed
 * @param takenAt capture time, if known
 * @param takenAtOffset the camera's UTC offset at capture, if known
 * @param uploadedAt registration time
 * @param cameraMake the camera's maker, if known
 * @param cameraModel the camera's model, if known
 * @param location where it was taken, if known
 * @param favourite whether the owner marked it
 * @param trashedAt when it was moved to the trash, {@code null} outside the trash
 * @param derivatives whether thumbnail and preview exist
 */
public record PhotoResponse(UUID id, String fileName, String contentType, long sizeBytes, int width, int height,
		@Nullable Instant takenAt, @Nullable String takenAtOffset, Instant uploadedAt, @Nullable String cameraMake,
		@Nullable String cameraModel, @Nullable Location location, boolean favourite, @Nullable Instant trashedAt,
		boolean derivatives) {

	public static PhotoResponse of(Photo photo) {
		return new PhotoResponse(photo.id(), photo.fileName(), photo.contentType(), photo.sizeBytes(), photo.width(),
				photo.height(), photo.takenAt(), photo.takenAtOffset(), photo.uploadedAt(), photo.cameraMake(),
				photo.cameraModel(), photo.location(), photo.favourite(), photo.trashedAt(), photo.derivatives());
	}

}
