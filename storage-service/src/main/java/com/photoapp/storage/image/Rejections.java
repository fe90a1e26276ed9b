package com.photoapp.storage.image;

import java.util.Arrays;

import com.photoapp.storage.image.ImageRejectedException.Reason;

/**
 * Shorthands for the structure readers, which refuse in many places.
 */
final class Rejections {

	private static final byte[] EXIF_PREAMBLE = { 'E', 'x', 'i', 'f', 0, 0 };

	private Rejections() {
	}

	static ImageRejectedException corrupt() {
		return new ImageRejectedException(Reason.CORRUPT_IMAGE);
	}

	static ImageRejectedException unsupported() {
		return new ImageRejectedException(Reason.UNSUPPORTED_TYPE);
	}

	// PNG's eXIf and WebP's EXIF chunks hold a bare TIFF structure, but some writers copy the JPEG
	// APP1 preamble along with it.
	static byte[] withoutExifPreamble(byte[] exif) {
		if (exif.length >= EXIF_PREAMBLE.length
				&& Arrays.equals(exif, 0, EXIF_PREAMBLE.length, EXIF_PREAMBLE, 0, EXIF_PREAMBLE.length)) {
			return Arrays.copyOfRange(exif, EXIF_PREAMBLE.length, exif.length);
		}
		return exif;
	}

}
