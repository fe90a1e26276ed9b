package com.photoapp.storage.image;

import com.photoapp.storage.image.ImageRejectedException.Reason;

/**
 * The most pixels an image may claim, checked as soon as a header states a size so that nothing
 * is decoded or allocated for an image that would be refused anyway.
 */
final class PixelLimit {

	private final long maxPixels;

	PixelLimit(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	Dimensions check(long width, long height) {
		if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
			throw new ImageRejectedException(Reason.CORRUPT_IMAGE);
		}
		if (width * height > this.maxPixels) {
			throw new ImageRejectedException(Reason.TOO_MANY_PIXELS);
		}
		return new Dimensions((int) width, (int) height);
	}

}
