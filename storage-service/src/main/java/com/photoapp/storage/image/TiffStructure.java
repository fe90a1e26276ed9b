package com.photoapp.storage.image;

import java.io.IOException;

import static com.photoapp.storage.image.Rejections.corrupt;

/**
 * Reads the size of a TIFF's first image from its first IFD, the only image that is decoded.
 * TIFF offsets may point anywhere in the file, so unlike the other formats there is no end to walk
 * to and appended data cannot be told from image data.
 */
final class TiffStructure {

	private static final int HEADER_LENGTH = 8;

	private static final int MAX_ENTRIES = 4096;

	private static final int IMAGE_WIDTH = 256;

	private static final int IMAGE_LENGTH = 257;

	private static final int SHORT = 3;

	private static final int LONG = 4;

	private TiffStructure() {
	}

	static Inspection read(ByteInput input, PixelLimit limit) throws IOException {
		boolean littleEndian = input.u8() == 'I';
		input.skip(3);
		long ifdOffset = u32(input, littleEndian);
		if (ifdOffset < HEADER_LENGTH) {
			throw corrupt();
		}
		input.skip(ifdOffset - HEADER_LENGTH);
		int entries = u16(input, littleEndian);
		if (entries == 0 || entries > MAX_ENTRIES) {
			throw corrupt();
		}
		long width = -1;
		long height = -1;
		for (int i = 0; i < entries; i++) {
			int tag = u16(input, littleEndian);
			int type = u16(input, littleEndian);
			long count = u32(input, littleEndian);
			long value = (type == SHORT) ? shortValue(input, littleEndian) : u32(input, littleEndian);
			if (tag == IMAGE_WIDTH || tag == IMAGE_LENGTH) {
				if (count != 1 || (type != SHORT && type != LONG)) {
					throw corrupt();
				}
				width = (tag == IMAGE_WIDTH) ? value : width;
				height = (tag == IMAGE_LENGTH) ? value : height;
			}
		}
		Dimensions dimensions = limit.check(width, height);
		input.skipAtMost(Long.MAX_VALUE, null);
		return Inspection.of(dimensions, null);
	}

	// A SHORT value sits in the first two bytes of the four-byte value field, whatever the byte order.
	private static long shortValue(ByteInput input, boolean littleEndian) throws IOException {
		int value = u16(input, littleEndian);
		input.skip(2);
		return value;
	}

	private static int u16(ByteInput input, boolean littleEndian) throws IOException {
		return littleEndian ? input.u16le() : input.u16be();
	}

	private static long u32(ByteInput input, boolean littleEndian) throws IOException {
		return littleEndian ? input.u32le() : input.u32be();
	}

}
