package com.photoapp.storage.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import com.photoapp.storage.image.ImageRejectedException.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamSource;

/**
 * Walks the structure of a file of a detected type from start to end, in one streaming pass with a
 * fixed buffer: refuses truncated files, files with data appended, and images whose header claims
 * more pixels than allowed, before any pixel is decoded.
 */
class ImageInspector {

	private final PixelLimit limit;

	ImageInspector(long maxPixels) {
		this.limit = new PixelLimit(maxPixels);
	}

	Inspection inspect(InputStreamSource content, ImageType type) {
		try (InputStream stream = content.getInputStream()) {
			ByteInput input = new ByteInput(stream);
			Inspection inspection = walk(input, type, content);
			return inspection.withLength(input.offset());
		}
		catch (EOFException ex) {
			throw new ImageRejectedException(Reason.CORRUPT_IMAGE, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Inspection walk(ByteInput input, ImageType type, InputStreamSource content) throws IOException {
		return switch (type) {
			case JPEG -> JpegStructure.read(input, this.limit);
			case PNG -> PngStructure.read(input, this.limit);
			case WEBP -> WebpStructure.read(input, this.limit);
			case GIF -> GifStructure.read(input, this.limit);
			case TIFF -> TiffStructure.read(input, this.limit);
			case BMP -> BmpStructure.read(input, this.limit);
			case HEIC, AVIF -> heif(HeifStructure.read(input, this.limit), content);
		};
	}

	private static Inspection heif(HeifStructure.Result result, InputStreamSource content) throws IOException {
		byte[] exif = result.hasExif() ? readHeifExif(content, result.exifOffset(), result.exifLength()) : null;
		return new Inspection(result.dimensions(), exif, true, -1);
	}

	// ISO/IEC 23008-12 annex A.2.1: the item starts with the offset of the TIFF header after it.
	private static byte @Nullable [] readHeifExif(InputStreamSource content, long offset, int length)
			throws IOException {
		try (InputStream stream = content.getInputStream()) {
			stream.skipNBytes(offset);
			byte[] item = stream.readNBytes(length);
			if (item.length < length) {
				return null;
			}
			long tiffStart = 4 + (((item[0] & 0xFFL) << 24) | ((item[1] & 0xFFL) << 16) | ((item[2] & 0xFFL) << 8)
					| (item[3] & 0xFFL));
			return (tiffStart < length) ? Arrays.copyOfRange(item, (int) tiffStart, length) : null;
		}
		catch (EOFException ex) {
			return null;
		}
	}

}
