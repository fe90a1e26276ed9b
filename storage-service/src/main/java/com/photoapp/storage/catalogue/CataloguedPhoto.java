package com.photoapp.storage.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * A photo as photo-service describes it, passed on to the uploader unchanged.
 *
 * @param id the photo id
 * @param fileName the display name
 * @param contentType the content type of the original
 * @param sizeBytes the size of the original
 * @param width the width in pixels
 * @param height the height in pixels
 * @param takenAt when the photo was taken, if known
 * @param uploadedAt when the photo was registered
 */
public record CataloguedPhoto(UUID id, String fileName, String contentType, long sizeBytes, int width, int height,
		Instant takenAt, Instant uploadedAt) {
}
