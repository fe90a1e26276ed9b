package com.photoapp.storage.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What photo-service records about a newly stored photo ({@code POST /internal/photos}).
 *
 * @param photoId the id storage-service chose for the photo and its blobs
 * @param fileName the sanitised display name
 * @param contentType the type decided from the bytes
 * @param sizeBytes the size of the original
 * @param sha256 the SHA-256 of the original, lower-case hex
 * @param width the displayed width in pixels, after the EXIF orientation
 * @param height the displayed height in pixels, after the EXIF orientation
 * @param takenAt when the photo was taken, if known
 * @param takenAtOffset the camera clock's UTC offset, such as {@code +02:00}, if known
 * @param cameraMake the camera maker, if known
 * @param cameraModel the camera model, if known
 * @param latitude where it was taken, if known
 * @param longitude where it was taken, if known
 * @param derivatives whether a thumbnail and a preview were stored
 */
public record PhotoRegistration(UUID photoId, String fileName, String contentType, long sizeBytes, String sha256,
		int width, int height, @Nullable Instant takenAt, @Nullable String takenAtOffset, @Nullable String cameraMake,
		@Nullable String cameraModel, @Nullable Double latitude, @Nullable Double longitude, boolean derivatives) {
}
