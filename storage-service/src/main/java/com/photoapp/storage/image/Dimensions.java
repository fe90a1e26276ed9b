package com.photoapp.storage.image;

/**
 * The size of an image in pixels.
 *
 * @param width the width
 * @param height the height
 */
public record Dimensions(int width, int height) {

	long pixels() {
		return (long) this.width * this.height;
	}

	int longSide() {
		return Math.max(this.width, this.height);
	}

}
