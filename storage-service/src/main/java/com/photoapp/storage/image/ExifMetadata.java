package com.photoapp.storage.image;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import com.drew.lang.ByteArrayReader;
import com.drew.lang.GeoLocation;
import com.drew.lang.RandomAccessReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the photo app shows from EXIF data: capture time, camera, location and orientation.
 * EXIF is read on a best-effort basis: a broken EXIF block loses the metadata, never the photo.
 *
 * @param metadata what the EXIF data says about the photo
 * @param orientation how the stored pixels must be turned for display
 */
record ExifMetadata(ImageMetadata metadata, Orientation orientation) {

	static final ExifMetadata NONE = new ExifMetadata(ImageMetadata.NONE, Orientation.NORMAL);

	// EXIF 2.32 4.6.4: "YYYY:MM:DD HH:MM:SS", local time of the camera's clock.
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int DATE_TIME_LENGTH = 19;

	private static final int MAX_TEXT_LENGTH = 255;

	static ExifMetadata read(byte @Nullable [] tiff) {
		return (tiff != null) ? read(new ByteArrayReader(tiff)) : NONE;
	}

	static ExifMetadata read(RandomAccessReader tiff) {
		try {
			Metadata metadata = new Metadata();
			new ExifReader().extract(tiff, metadata, 0);
			return of(metadata);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// The library follows IFD pointers recursively; a chain crafted deep enough exhausts the stack.
			return NONE;
		}
	}

	private static ExifMetadata of(Metadata metadata) {
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
		ZoneOffset offset = offset(text(exif, ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
		LocalDateTime takenAt = dateTime(text(exif, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
		GeoLocation location = location(gps);
		ImageMetadata imageMetadata = new ImageMetadata(
				(takenAt != null) ? takenAt.toInstant((offset != null) ? offset : ZoneOffset.UTC) : null,
				(takenAt != null) ? offset : null, text(ifd0, ExifIFD0Directory.TAG_MAKE),
				text(ifd0, ExifIFD0Directory.TAG_MODEL), (location != null) ? location.getLatitude() : null,
				(location != null) ? location.getLongitude() : null);
		return new ExifMetadata(imageMetadata, orientation(ifd0));
	}

	private static @Nullable String text(@Nullable Directory directory, int tag) {
		String value = (directory != null) ? directory.getString(tag) : null;
		if (value == null) {
			return null;
		}
		String text = value.replace("\0", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() > MAX_TEXT_LENGTH) ? text.substring(0, MAX_TEXT_LENGTH) : text;
	}

	// Cameras without a set clock write zeros or blanks; those mean "unknown", not year zero.
	private static @Nullable LocalDateTime dateTime(@Nullable String value) {
		if (value == null || value.length() < DATE_TIME_LENGTH) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.substring(0, DATE_TIME_LENGTH), DATE_TIME);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	// EXIF 2.31 OffsetTimeOriginal: "+HH:MM" or "-HH:MM".
	private static @Nullable ZoneOffset offset(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return ZoneOffset.of(value);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	// A fix of exactly 0,0 is what receivers without a fix write.
	private static @Nullable GeoLocation location(@Nullable GpsDirectory gps) {
		GeoLocation location = (gps != null) ? gps.getGeoLocation() : null;
		if (location == null || location.isZero() || Double.isNaN(location.getLatitude())
				|| Double.isNaN(location.getLongitude()) || Math.abs(location.getLatitude()) > 90
				|| Math.abs(location.getLongitude()) > 180) {
			return null;
		}
		return location;
	}

	private static Orientation orientation(@Nullable ExifIFD0Directory ifd0) {
		Integer value = (ifd0 != null) ? ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION) : null;
		return (value != null) ? Orientation.of(value) : Orientation.NORMAL;
	}

}
