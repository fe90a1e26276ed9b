package com.photoapp.storage.image;

/**
 * A rendition made from an original, encoded as JPEG without metadata.
 *
 * @param jpeg the encoded bytes
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record Derivative(byte[] jpeg, int width, int height) {

	public static final String CONTENT_TYPE = "image/jpeg";

}
