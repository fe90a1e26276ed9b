package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The photo JSON of the public and internal API. Owner and hash stay inside the service.
 *
 * @param id the photo id
 * @param fileName the name it was uploaded under
 * @param contentType the detected media type
 * @param sizeBytes size of the original
 * @param width width in pixels
 * @param height height in pixels
 * @param takenAt capture time, if known
 * @param uploadedAt registration time
 */
public record PhotoResponse(UUID id, String fileName, String contentType, long sizeBytes, int width, int height,
		@Nullable Instant takenAt, Instant uploadedAt) {

	public static PhotoResponse of(Photo photo) {
		return new PhotoResponse(photo.id(), photo.fileName(), photo.contentType(), photo.sizeBytes(), photo.width(),
				photo.height(), photo.takenAt(), photo.uploadedAt());
	}

}
