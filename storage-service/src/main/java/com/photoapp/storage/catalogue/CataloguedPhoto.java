package com.photoapp.storage.catalogue;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A photo as photo-service describes it, passed on to the uploader unchanged.
 *
 * @param id the photo id
 * @param fileName the display name
 * @param contentType the content type of the original
 * @param sizeBytes the size of the original
 * @param width the displayed width in pixels
 * @param height the displayed height in pixels
 * @param takenAt when the photo was taken, if known
 * @param takenAtOffset the camera clock's UTC offset, if known
 * @param uploadedAt when the photo was registered
 * @param cameraMake the camera maker, if known
 * @param cameraModel the camera model, if known
 * @param location where it was taken, if known
 * @param favourite whether the owner marked it
 * @param trashedAt when it was moved to the trash, if it is there
 * @param derivatives whether a thumbnail and a preview exist
 * @param duplicate {@code true} when the upload found the same bytes already in the owner's library;
 * photo-service leaves it out otherwise
 */
public record CataloguedPhoto(UUID id, String fileName, String contentType, long sizeBytes, int width, int height,
		@Nullable Instant takenAt, @Nullable String takenAtOffset, Instant uploadedAt, @Nullable String cameraMake,
		@Nullable String cameraModel, @Nullable Location location, boolean favourite, @Nullable Instant trashedAt,
		boolean derivatives, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean duplicate) {

	/**
	 * Whether this is an earlier upload of the same bytes.
	 * @return {@code true} for a duplicate
	 */
	@JsonIgnore
	public boolean isDuplicateUpload() {
		return Boolean.TRUE.equals(this.duplicate);
	}

	/**
	 * Where a photo was taken.
	 *
	 * @param latitude degrees north
	 * @param longitude degrees east
	 */
	public record Location(double latitude, double longitude) {

	}

}
