package com.photoapp.storage.image;

import org.jspecify.annotations.Nullable;

/**
 * What walking the structure of an accepted file found out about it.
 *
 * @param dimensions the size the header states; as stored, unless {@code displayed}
 * @param exif the EXIF data as a TIFF structure (starting with its byte order mark), if the file has
 * any in a place this service reads
 * @param displayed whether {@code dimensions} are already as displayed, because the container says
 * how to turn the image and any EXIF orientation is only informative
 * @param length the length of the file in bytes
 */
record Inspection(Dimensions dimensions, byte @Nullable [] exif, boolean displayed, long length) {

	Inspection withLength(long length) {
		return new Inspection(this.dimensions, this.exif, this.displayed, length);
	}

	static Inspection of(Dimensions dimensions, byte @Nullable [] exif) {
		return new Inspection(dimensions, exif, false, -1);
	}

}
