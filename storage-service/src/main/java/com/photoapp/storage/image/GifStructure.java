package com.photoapp.storage.image;

import java.io.IOException;

import static com.photoapp.storage.image.Rejections.corrupt;
import static com.photoapp.storage.image.Rejections.unsupported;

/**
 * Walks a GIF's blocks to its trailer, checking the size of the logical screen and of every frame
 * against the limit, since a decoder allocates for each frame's own size.
 */
final class GifStructure {

	private static final int IMAGE = 0x2C;

	private static final int EXTENSION = 0x21;

	private static final int TRAILER = 0x3B;

	private GifStructure() {
	}

	static Inspection read(ByteInput input, PixelLimit limit) throws IOException {
		input.skip(6);
		int width = input.u16le();
		int height = input.u16le();
		int flags = input.u8();
		input.skip(2);
		// Some encoders leave the screen size zero; viewers then use the first frame's.
		Dimensions screen = (width > 0 && height > 0) ? limit.check(width, height) : null;
		skipColourTable(input, flags);
		Dimensions firstFrame = null;
		for (int block = input.u8(); block != TRAILER; block = input.u8()) {
			if (block == EXTENSION) {
				input.u8();
				skipSubBlocks(input);
			}
			else if (block == IMAGE) {
				Dimensions frame = readFrame(input, limit);
				firstFrame = (firstFrame != null) ? firstFrame : frame;
			}
			else {
				throw corrupt();
			}
		}
		if (firstFrame == null) {
			throw corrupt();
		}
		if (!input.atEnd()) {
			throw unsupported();
		}
		return Inspection.of((screen != null) ? screen : firstFrame, null);
	}

	private static Dimensions readFrame(ByteInput input, PixelLimit limit) throws IOException {
		input.skip(4);
		int width = input.u16le();
		int height = input.u16le();
		Dimensions frame = limit.check(width, height);
		skipColourTable(input, input.u8());
		int minimumCodeSize = input.u8();
		if (minimumCodeSize < 1 || minimumCodeSize > 11) {
			throw corrupt();
		}
		skipSubBlocks(input);
		return frame;
	}

	private static void skipColourTable(ByteInput input, int flags) throws IOException {
		if ((flags & 0x80) != 0) {
			input.skip(3L << ((flags & 0x07) + 1));
		}
	}

	private static void skipSubBlocks(ByteInput input) throws IOException {
		for (int size = input.u8(); size != 0; size = input.u8()) {
			input.skip(size);
		}
	}

}
