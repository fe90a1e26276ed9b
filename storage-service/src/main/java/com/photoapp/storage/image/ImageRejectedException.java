package com.photoapp.storage.image;

/**
 * Bytes that are not an image the service accepts, decided before anything is stored.
 */
public class ImageRejectedException extends RuntimeException {

	private final Reason reason;

	ImageRejectedException(Reason reason) {
		this(reason, null);
	}

	ImageRejectedException(Reason reason, Throwable cause) {
		super("Image rejected: " + reason, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why an image was refused.
	 */
	public enum Reason {

		/** The bytes are not an accepted image format, or carry more than a clean image. */
		UNSUPPORTED_TYPE,

		/** The image would decode to more pixels than allowed. */
		TOO_MANY_PIXELS,

		/** The image is truncated or cannot be decoded. */
		CORRUPT_IMAGE

	}

}
