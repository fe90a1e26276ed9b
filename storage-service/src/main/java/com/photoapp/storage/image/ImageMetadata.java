package com.photoapp.storage.image;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * What the original's embedded metadata says about the photo. Location is kept for the owner only;
 * no derivative ever carries it.
 *
 * @param takenAt when the photo was taken, if the file says
 * @param takenAtOffset the UTC offset of the camera's clock at the time, if the file says
 * @param cameraMake the camera maker
 * @param cameraModel the camera model
 * @param latitude degrees north, negative for south
 * @param longitude degrees east, negative for west
 */
public record ImageMetadata(@Nullable Instant takenAt, @Nullable ZoneOffset takenAtOffset,
		@Nullable String cameraMake, @Nullable String cameraModel, @Nullable Double latitude,
		@Nullable Double longitude) {

	/** Metadata of a file that has none. */
	public static final ImageMetadata NONE = new ImageMetadata(null, null, null, null, null, null);

}
