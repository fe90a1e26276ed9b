package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What storage-service sends once the bytes are stored and checked. Boxed types make a missing
 * number a validation error instead of a silent zero. The owner never comes from here. The file
 * name is checked by {@link FileNames} when the registration is handled.
 *
 * @param photoId the id storage-service chose, also part of the blob keys
 * @param fileName the name the user uploaded it under
 * @param contentType the type detected from the bytes
 * @param sizeBytes size of the original
 * @param sha256 lower-case hex SHA-256 of the original
 * @param width width in pixels as displayed
 * @param height height in pixels as displayed
 * @param takenAt capture time from EXIF, if any
 * @param takenAtOffset EXIF OffsetTimeOriginal, if any
 * @param cameraMake EXIF Make, if any
 * @param cameraModel EXIF Model, if any
 * @param latitude EXIF GPS latitude, if any; only together with the longitude
 * @param longitude EXIF GPS longitude, if any; only together with the latitude
 * @param derivatives whether thumbnail and preview were written; absent means they were, as before
 * the field existed
 */
record PhotoRegistration(@NotNull UUID photoId, @NotNull String fileName,
		@NotNull @Pattern(regexp = "image/[a-z0-9.+-]{1,60}") String contentType, @NotNull @Positive Long sizeBytes,
		@NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256, @NotNull @Positive Integer width,
		@NotNull @Positive Integer height, @Nullable Instant takenAt,
		@Nullable @Pattern(regexp = "[+-](0[0-9]|1[0-8]):[0-5][0-9]") String takenAtOffset,
		@Nullable @Size(max = 100) @Pattern(regexp = PRINTABLE) String cameraMake,
		@Nullable @Size(max = 100) @Pattern(regexp = PRINTABLE) String cameraModel,
		@Nullable @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@Nullable @DecimalMin("-180") @DecimalMax("180") Double longitude, @Nullable Boolean derivatives) {

	// PostgreSQL text cannot hold NUL, and no other control or format character belongs in a label.
	static final String PRINTABLE = "[^\\p{Cc}\\p{Cf}]*";

	// PostgreSQL keeps timestamps up to the year 294276; a capture time outside this range is a
	// misread, not a photo.
	private static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	@AssertTrue(message = "must lie between 1800 and 9999")
	boolean isTakenAtPlausible() {
		return this.takenAt == null || (!this.takenAt.isBefore(EARLIEST) && !this.takenAt.isAfter(LATEST));
	}

	@AssertTrue(message = "latitude and longitude must come together")
	boolean isLocationComplete() {
		return (this.latitude == null) == (this.longitude == null);
	}

	@Nullable Location location() {
		return (this.latitude != null && this.longitude != null) ? new Location(this.latitude, this.longitude) : null;
	}

	boolean hasDerivatives() {
		return this.derivatives == null || this.derivatives;
	}

}
