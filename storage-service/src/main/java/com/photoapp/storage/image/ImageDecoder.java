package com.photoapp.storage.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileCacheImageInputStream;
import javax.imageio.stream.ImageInputStream;

import com.photoapp.storage.image.ImageRejectedException.Reason;

/**
 * Decodes the first image of a file with the ImageIO reader of its detected type, skipping pixels
 * as it reads so that memory follows the output size rather than the original's.
 */
final class ImageDecoder {

	private ImageDecoder() {
	}

	static BufferedImage decode(InputStream content, ImageType type, int subsampling) {
		ImageReader reader = reader(type);
		try (ImageInputStream input = new FileCacheImageInputStream(content, null)) {
			reader.setInput(input, true, true);
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(subsampling, subsampling, 0, 0);
			return reader.read(0, param);
		}
		catch (IOException | RuntimeException ex) {
			// Readers of untrusted bytes fail with unchecked exceptions as well as IIOException.
			throw new ImageRejectedException(Reason.CORRUPT_IMAGE, ex);
		}
		finally {
			reader.dispose();
		}
	}

	private static ImageReader reader(ImageType type) {
		String formatName = type.formatName();
		if (formatName == null) {
			throw new IllegalArgumentException("No decoder for " + type);
		}
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + formatName + " on the class path");
		}
		return readers.next();
	}

}
