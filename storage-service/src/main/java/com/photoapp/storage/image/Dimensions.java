package com.photoapp.storage.upload;

/**
 * The size of an image in pixels.
 *
 * @param width the width
 * @param height the height
 */
record Dimensions(int width, int height) {

	long pixels() {
		return (long) this.width * this.height;
	}

	int longSide() {
		return Math.max(this.width, this.height);
	}

}
