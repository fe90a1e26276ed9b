package com.photoapp.storage.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static com.photoapp.storage.image.Rejections.corrupt;
import static com.photoapp.storage.image.Rejections.unsupported;

/**
 * Walks a PNG's chunks to IEND, checking each chunk's CRC, so that a truncated file is refused as
 * corrupt and one with anything after IEND as unsupported.
 */
final class PngStructure {

	private static final int SIGNATURE_LENGTH = 8;

	private static final int MAX_EXIF_LENGTH = 256 * 1024;

	private PngStructure() {
	}

	static Inspection read(ByteInput input, PixelLimit limit) throws IOException {
		input.skip(SIGNATURE_LENGTH);
		Dimensions dimensions = null;
		byte[] exif = null;
		boolean hasData = false;
		while (true) {
			long length = input.u32be();
			byte[] typeBytes = input.bytes(4);
			String type = chunkType(typeBytes, length);
			if ((dimensions == null) != type.equals("IHDR")) {
				throw corrupt();
			}
			CRC32 crc = new CRC32();
			crc.update(typeBytes);
			if (type.equals("IHDR")) {
				dimensions = readHeader(input, length, crc, limit);
			}
			else if (type.equals("eXIf") && exif == null && length <= MAX_EXIF_LENGTH) {
				byte[] body = input.bytes((int) length);
				crc.update(body);
				exif = Rejections.withoutExifPreamble(body);
			}
			else {
				input.skip(length, crc);
			}
			if (input.u32be() != crc.getValue()) {
				throw corrupt();
			}
			hasData |= type.equals("IDAT");
			if (type.equals("IEND")) {
				if (length != 0 || !hasData) {
					throw corrupt();
				}
				break;
			}
		}
		if (!input.atEnd()) {
			throw unsupported();
		}
		return Inspection.of(dimensions, exif);
	}

	private static String chunkType(byte[] type, long length) {
		if (length > Integer.MAX_VALUE) {
			throw corrupt();
		}
		for (byte letter : type) {
			if (!((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z'))) {
				throw corrupt();
			}
		}
		return new String(type, StandardCharsets.US_ASCII);
	}

	private static Dimensions readHeader(ByteInput input, long length, CRC32 crc, PixelLimit limit)
			throws IOException {
		if (length != 13) {
			throw corrupt();
		}
		byte[] header = input.bytes(13);
		crc.update(header);
		return limit.check(u32(header, 0), u32(header, 4));
	}

	private static long u32(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFFL) << 24 | (bytes[offset + 1] & 0xFFL) << 16 | (bytes[offset + 2] & 0xFFL) << 8
				| (bytes[offset + 3] & 0xFFL);
	}

}
