package com.photoapp.storage.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * What photo-service records about a newly stored photo ({@code POST /internal/photos}).
 *
 * @param photoId the id storage-service chose for the photo and its blobs
 * @param fileName the sanitised display name
 * @param contentType the type decided from the bytes
 * @param sizeBytes the size of the original
 * @param sha256 the SHA-256 of the original, lower-case hex
 * @param width the width of the original in pixels
 * @param height the height of the original in pixels
 * @param takenAt when the photo was taken, if known
 */
public record PhotoRegistration(UUID photoId, String fileName, String contentType, long sizeBytes, String sha256,
		int width, int height, Instant takenAt) {
}
