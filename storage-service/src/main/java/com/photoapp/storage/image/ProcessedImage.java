package com.photoapp.storage.image;

import org.jspecify.annotations.Nullable;

/**
 * An accepted image: its format, displayed size, metadata and the derivatives made from it.
 *
 * @param type the format decided from the bytes
 * @param dimensions the size as displayed, after the EXIF orientation is applied
 * @param metadata what the file says about itself
 * @param thumbnail the small rendition, or {@code null} when the format cannot be decoded here
 * @param preview the screen-sized rendition, or {@code null} when the format cannot be decoded here
 */
public record ProcessedImage(ImageType type, Dimensions dimensions, ImageMetadata metadata,
		@Nullable Derivative thumbnail, @Nullable Derivative preview) {

	public boolean hasDerivatives() {
		return this.thumbnail != null && this.preview != null;
	}

}
