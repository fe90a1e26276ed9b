package com.photoapp.storage.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import static com.photoapp.storage.image.Rejections.corrupt;
import static com.photoapp.storage.image.Rejections.unsupported;

/**
 * Walks a WebP's RIFF chunks. The RIFF size must cover the file exactly: less is a truncated file,
 * more is something appended. Sizes come from the VP8X canvas, or from the VP8 or VP8L bitstream of
 * a simple file, and every animation frame is checked as well.
 */
final class WebpStructure {

	private static final int MAX_EXIF_LENGTH = 256 * 1024;

	private static final int RIFF_HEADER_LENGTH = 12;

	private WebpStructure() {
	}

	static Inspection read(ByteInput input, PixelLimit limit) throws IOException {
		input.skip(4);
		long end = 8 + input.u32le();
		input.skip(4);
		Dimensions dimensions = null;
		byte[] exif = null;
		boolean hasImage = false;
		while (input.offset() < end) {
			if (end - input.offset() < 8) {
				throw corrupt();
			}
			String type = new String(input.bytes(4), StandardCharsets.ISO_8859_1);
			long length = input.u32le();
			long padded = length + (length & 1);
			if (input.offset() + padded > end) {
				throw corrupt();
			}
			boolean first = input.offset() == RIFF_HEADER_LENGTH + 8;
			if (first ? !isFirstChunk(type) : type.equals("VP8X")) {
				throw corrupt();
			}
			switch (type) {
				case "VP8X" -> dimensions = readCanvas(input, padded, limit);
				case "VP8 " -> dimensions = orCanvas(dimensions, readLossySize(input, padded), limit);
				case "VP8L" -> dimensions = orCanvas(dimensions, readLosslessSize(input, padded), limit);
				case "ANMF" -> readFrameSize(input, padded, limit);
				case "EXIF" -> exif = readExif(input, length, padded, exif);
				default -> input.skip(padded);
			}
			hasImage |= type.equals("VP8 ") || type.equals("VP8L") || type.equals("ANMF");
		}
		if (dimensions == null || !hasImage) {
			throw corrupt();
		}
		if (!input.atEnd()) {
			throw unsupported();
		}
		return Inspection.of(dimensions, exif);
	}

	private static boolean isFirstChunk(String type) {
		return type.equals("VP8X") || type.equals("VP8 ") || type.equals("VP8L");
	}

	// The decoder allocates for the bitstream's own size, so that is checked even when a canvas, which
	// is what is displayed, says otherwise.
	private static Dimensions orCanvas(@Nullable Dimensions canvas, long[] size, PixelLimit limit) {
		Dimensions bitstream = limit.check(size[0], size[1]);
		return (canvas != null) ? canvas : bitstream;
	}

	private static Dimensions readCanvas(ByteInput input, long padded, PixelLimit limit) throws IOException {
		requireLength(padded, 10);
		input.skip(4);
		long width = input.u24le() + 1L;
		long height = input.u24le() + 1L;
		Dimensions canvas = limit.check(width, height);
		input.skip(padded - 10);
		return canvas;
	}

	// RFC 9649 section 2.5 refers to RFC 6386 section 9.1: a key frame tag, a start code, then 14-bit sizes.
	private static long[] readLossySize(ByteInput input, long padded) throws IOException {
		requireLength(padded, 10);
		int tag = input.u24le();
		if ((tag & 1) != 0 || input.u8() != 0x9D || input.u8() != 0x01 || input.u8() != 0x2A) {
			throw corrupt();
		}
		long width = input.u16le() & 0x3FFF;
		long height = input.u16le() & 0x3FFF;
		input.skip(padded - 10);
		return new long[] { width, height };
	}

	// RFC 9649 section 3.2: a signature byte, then 14-bit width and height, each minus one.
	private static long[] readLosslessSize(ByteInput input, long padded) throws IOException {
		requireLength(padded, 5);
		if (input.u8() != 0x2F) {
			throw corrupt();
		}
		long bits = input.u32le();
		input.skip(padded - 5);
		return new long[] { (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1 };
	}

	private static void readFrameSize(ByteInput input, long padded, PixelLimit limit) throws IOException {
		requireLength(padded, 16);
		input.skip(6);
		limit.check(input.u24le() + 1L, input.u24le() + 1L);
		input.skip(padded - 12);
	}

	private static byte @Nullable [] readExif(ByteInput input, long length, long padded, byte @Nullable [] found)
			throws IOException {
		if (found != null || length > MAX_EXIF_LENGTH) {
			input.skip(padded);
			return found;
		}
		byte[] exif = input.bytes((int) length);
		input.skip(padded - length);
		return Rejections.withoutExifPreamble(exif);
	}

	private static void requireLength(long padded, int minimum) {
		if (padded < minimum) {
			throw corrupt();
		}
	}

}
