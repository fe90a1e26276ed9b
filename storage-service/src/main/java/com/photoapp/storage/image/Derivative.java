package com.photoapp.storage.upload;

/**
 * A thumbnail encoded as JPEG.
 *
 * @param jpeg the encoded bytes
 * @param width the width in pixels
 * @param height the height in pixels
 */
record Thumbnail(byte[] jpeg, int width, int height) {

	static final String CONTENT_TYPE = "image/jpeg";

}
