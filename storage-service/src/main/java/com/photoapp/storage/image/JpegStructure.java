package com.photoapp.storage.image;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import static com.photoapp.storage.image.Rejections.corrupt;
import static com.photoapp.storage.image.Rejections.unsupported;

/**
 * Walks a JPEG's marker segments and entropy-coded data to its end (ITU T.81, annex B), so that a
 * truncated file is refused as corrupt and one with something appended as unsupported. The JDK's
 * decoder accepts both with a mere warning.
 */
final class JpegStructure {

	// Some camera firmware pads files to a block boundary with zeros or 0xFF fill bytes.
	static final int PADDING_ALLOWANCE = 4096;

	// Multi-picture files (CIPA DC-007: MPO, depth maps, Ultra HDR gain maps) put further complete
	// JPEG images after the first one's end.
	private static final int MAX_APPENDED_IMAGES = 8;

	private static final int SOI = 0xD8;

	private static final int EOI = 0xD9;

	private static final int SOS = 0xDA;

	private static final int APP1 = 0xE1;

	private static final byte[] EXIF_PREAMBLE = { 'E', 'x', 'i', 'f', 0, 0 };

	private JpegStructure() {
	}

	static Inspection read(ByteInput input, PixelLimit limit) throws IOException {
		Image primary = readImage(input, limit);
		for (int appended = 0; input.peek(0) == 0xFF && input.peek(1) == SOI; appended++) {
			if (appended == MAX_APPENDED_IMAGES) {
				throw unsupported();
			}
			readImage(input, null);
		}
		if (!input.restIsPadding(PADDING_ALLOWANCE)) {
			throw unsupported();
		}
		return Inspection.of(primary.dimensions(), primary.exif());
	}

	// Only the first image's size is checked against the limit: appended images are never decoded.
	private static Image readImage(ByteInput input, @Nullable PixelLimit limit) throws IOException {
		if (input.u8() != 0xFF || input.u8() != SOI) {
			throw corrupt();
		}
		Dimensions dimensions = null;
		byte[] exif = null;
		boolean scanned = false;
		int marker = nextMarker(input);
		while (marker != EOI) {
			if (marker == SOI || marker == 0x00) {
				throw corrupt();
			}
			if (isStandalone(marker)) {
				marker = nextMarker(input);
				continue;
			}
			int length = input.u16be();
			if (length < 2) {
				throw corrupt();
			}
			if (isStartOfFrame(marker)) {
				if (dimensions != null) {
					throw corrupt();
				}
				dimensions = readFrameSize(input, length, limit);
			}
			else if (marker == APP1 && exif == null && limit != null) {
				exif = readExif(input, length);
			}
			else {
				input.skip(length - 2);
			}
			if (marker == SOS) {
				if (dimensions == null) {
					throw corrupt();
				}
				scanned = true;
				marker = skipEntropyCodedData(input);
			}
			else {
				marker = nextMarker(input);
			}
		}
		if (dimensions == null || !scanned) {
			throw corrupt();
		}
		return new Image(dimensions, exif);
	}

	private static Dimensions readFrameSize(ByteInput input, int length, @Nullable PixelLimit limit)
			throws IOException {
		if (length < 8) {
			throw corrupt();
		}
		input.u8();
		int height = input.u16be();
		int width = input.u16be();
		input.skip(length - 7);
		// A height of zero defers it to a DNL marker after the first scan, which ImageIO does not read.
		if (width == 0 || height == 0) {
			throw corrupt();
		}
		return (limit != null) ? limit.check(width, height) : new Dimensions(width, height);
	}

	private static byte @Nullable [] readExif(ByteInput input, int length) throws IOException {
		byte[] body = input.bytes(length - 2);
		if (body.length <= EXIF_PREAMBLE.length
				|| !Arrays.equals(body, 0, EXIF_PREAMBLE.length, EXIF_PREAMBLE, 0, EXIF_PREAMBLE.length)) {
			// An XMP packet, also carried in APP1.
			return null;
		}
		return Arrays.copyOfRange(body, EXIF_PREAMBLE.length, body.length);
	}

	private static int nextMarker(ByteInput input) throws IOException {
		if (input.u8() != 0xFF) {
			throw corrupt();
		}
		int marker = input.u8();
		while (marker == 0xFF) {
			marker = input.u8();
		}
		return marker;
	}

	// In entropy-coded data 0xFF is followed by 0x00 (a stuffed byte), a restart marker, fill bytes,
	// or the next segment's marker, which ends the scan.
	private static int skipEntropyCodedData(ByteInput input) throws IOException {
		while (true) {
			if (!input.skipPastFF()) {
				throw new EOFException();
			}
			int next = input.u8();
			while (next == 0xFF) {
				next = input.u8();
			}
			if (next != 0x00 && !isRestart(next)) {
				return next;
			}
		}
	}

	private static boolean isStandalone(int marker) {
		return marker == 0x01 || isRestart(marker);
	}

	private static boolean isRestart(int marker) {
		return marker >= 0xD0 && marker <= 0xD7;
	}

	// SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	private record Image(Dimensions dimensions, byte @Nullable [] exif) {
	}

}
