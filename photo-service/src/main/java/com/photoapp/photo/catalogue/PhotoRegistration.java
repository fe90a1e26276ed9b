package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What storage-service sends once the bytes are stored and checked. Boxed types make a missing
 * number a validation error instead of a silent zero. The owner never comes from here.
 *
 * @param photoId the id storage-service chose, also part of the blob keys
 * @param fileName the name the user uploaded it under
 * @param contentType the type detected from the bytes
 * @param sizeBytes size of the original
 * @param sha256 lower-case hex SHA-256 of the original
 * @param width width in pixels
 * @param height height in pixels
 * @param takenAt capture time from EXIF, if any
 */
record PhotoRegistration(@NotNull UUID photoId, @NotBlank @Size(max = 255) String fileName,
		@NotNull @Pattern(regexp = "image/[a-z0-9.+-]{1,60}") String contentType, @NotNull @Positive Long sizeBytes,
		@NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256, @NotNull @Positive Integer width,
		@NotNull @Positive Integer height, @Nullable Instant takenAt) {

}
