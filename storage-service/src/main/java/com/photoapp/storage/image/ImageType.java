package com.photoapp.storage.upload;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats accepted for upload, recognised by their leading bytes alone. The name and
 * content type a client declares play no part.
 */
enum ImageType {

	JPEG("image/jpeg", "jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG("image/png", "png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	/** How many leading bytes {@link #detect(byte[])} needs at most. */
	static final int SIGNATURE_LENGTH = 8;

	private final String contentType;

	private final String formatName;

	private final String extension;

	private final byte[] signature;

	ImageType(String contentType, String formatName, String extension, byte[] signature) {
		this.contentType = contentType;
		this.formatName = formatName;
		this.extension = extension;
		this.signature = signature;
	}

	String contentType() {
		return this.contentType;
	}

	/** The ImageIO format name, so decoding uses the reader of the detected type only. */
	String formatName() {
		return this.formatName;
	}

	String extension() {
		return this.extension;
	}

	static Optional<ImageType> detect(byte[] head) {
		return Arrays.stream(values()).filter((type) -> type.matches(head)).findFirst();
	}

	private boolean matches(byte[] head) {
		return head.length >= this.signature.length
				&& Arrays.equals(head, 0, this.signature.length, this.signature, 0, this.signature.length);
	}

}
