package com.photoapp.storage.image;

import java.io.IOException;
import java.util.Set;

import static com.photoapp.storage.image.Rejections.corrupt;
import static com.photoapp.storage.image.Rejections.unsupported;

/**
 * Reads a BMP's headers and measures its pixel data. Only the header layouts, bit depths and
 * compressions that the JDK's reader decodes are accepted; embedded JPEG or PNG data (compression
 * 4 and 5) is refused, as it would smuggle a second format past these checks.
 */
final class BmpStructure {

	private static final int FILE_HEADER_LENGTH = 14;

	private static final int OS2_HEADER_LENGTH = 12;

	private static final Set<Integer> BIT_COUNTS = Set.of(1, 4, 8, 16, 24, 32);

	private static final long RGB = 0;

	private static final long RLE8 = 1;

	private static final long RLE4 = 2;

	private static final long BITFIELDS = 3;

	private BmpStructure() {
	}

	static Inspection read(ByteInput input, PixelLimit limit) throws IOException {
		input.skip(2);
		long declaredFileSize = input.u32le();
		input.skip(4);
		long dataOffset = input.u32le();
		long headerLength = input.u32le();
		boolean os2 = headerLength == OS2_HEADER_LENGTH;
		long width = os2 ? input.u16le() : (int) input.u32le();
		long height = os2 ? input.u16le() : (int) input.u32le();
		int planes = input.u16le();
		int bitCount = input.u16le();
		long compression = os2 ? RGB : input.u32le();
		if (planes != 1 || !BIT_COUNTS.contains(bitCount) || !isDecodable(compression, bitCount)) {
			throw unsupported();
		}
		// A negative height marks rows stored top-down.
		Dimensions dimensions = limit.check(width, Math.abs(height));
		if (dataOffset < FILE_HEADER_LENGTH + headerLength) {
			throw corrupt();
		}
		checkLength(input, requiredLength(dimensions, bitCount, compression, dataOffset), declaredFileSize);
		return Inspection.of(dimensions, null);
	}

	private static boolean isDecodable(long compression, int bitCount) {
		return compression == RGB || (compression == RLE8 && bitCount == 8) || (compression == RLE4 && bitCount == 4)
				|| (compression == BITFIELDS && (bitCount == 16 || bitCount == 32));
	}

	// Run-length data has no fixed length; its end of bitmap marker takes at least two bytes.
	private static long requiredLength(Dimensions dimensions, int bitCount, long compression, long dataOffset) {
		if (compression == RLE8 || compression == RLE4) {
			return dataOffset + 2;
		}
		long rowLength = ((dimensions.width() * (long) bitCount + 31) / 32) * 4;
		return dataOffset + rowLength * dimensions.height();
	}

	// Writers differ on whether the declared file size counts the two padding bytes some add after the
	// pixels, so anything up to it is accepted; more is appended data.
	private static void checkLength(ByteInput input, long required, long declaredFileSize) throws IOException {
		input.skip(required - input.offset());
		long end = Math.max(required, declaredFileSize);
		input.skipAtMost(end - input.offset(), null);
		if (!input.atEnd()) {
			throw unsupported();
		}
	}

}
