package com.photoapp.storage.upload;

import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.photoapp.storage.upload.UploadRejectedException.Reason;

/**
 * Reads an image's dimensions from its header and refuses images that would decode to too many
 * pixels, before any pixel is decoded.
 */
class ImageInspector {

	private final long maxPixels;

	ImageInspector(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	Dimensions inspect(InputStream content, ImageType type) {
		Dimensions dimensions = readHeader(content, type);
		if (dimensions.pixels() > this.maxPixels) {
			throw new UploadRejectedException(Reason.TOO_MANY_PIXELS);
		}
		return dimensions;
	}

	private static Dimensions readHeader(InputStream content, ImageType type) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(type.formatName()).next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(content)) {
			reader.setInput(input, true, true);
			return new Dimensions(reader.getWidth(0), reader.getHeight(0));
		}
		catch (IOException | RuntimeException ex) {
			// Readers of untrusted bytes fail with unchecked exceptions as well as IIOException.
			throw new UploadRejectedException(Reason.CORRUPT_IMAGE, ex);
		}
		finally {
			reader.dispose();
		}
	}

}
