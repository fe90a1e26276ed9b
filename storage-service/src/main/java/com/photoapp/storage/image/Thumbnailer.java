package com.photoapp.storage.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes an RGB JPEG of an image with a given long side, turned for display. Re-encoding the pixels
 * drops every piece of metadata of the original, location included.
 */
class Thumbnailer {

	private static final float JPEG_QUALITY = 0.85f;

	private final int longSide;

	Thumbnailer(int longSide) {
		this.longSide = longSide;
	}

	/** Decodes the original just for this rendition. */
	Derivative create(InputStream content, ImageType type, Dimensions stored, Orientation orientation) {
		return render(ImageDecoder.decode(content, type, subsampling(stored)), stored, orientation);
	}

	/**
	 * Renders an original decoded at any subsampling at least as fine as this rendition's.
	 * @param decoded the decoded pixels, as stored
	 * @param stored the original's size as stored
	 * @param orientation how to turn the stored pixels for display
	 */
	Derivative render(BufferedImage decoded, Dimensions stored, Orientation orientation) {
		Dimensions target = targetSize(stored);
		BufferedImage displayed = orientation.apply(scale(decoded, target));
		return new Derivative(encode(displayed), displayed.getWidth(), displayed.getHeight());
	}

	Dimensions targetSize(Dimensions original) {
		if (original.longSide() <= this.longSide) {
			return original;
		}
		double factor = (double) this.longSide / original.longSide();
		return new Dimensions(scaled(original.width(), factor), scaled(original.height(), factor));
	}

	// Decoding every n-th pixel keeps memory small for large originals while leaving one to two times
	// the target resolution for a smooth final scale.
	int subsampling(Dimensions original) {
		return Math.max(1, Math.ceilDiv(original.longSide(), 2 * this.longSide));
	}

	private static int scaled(int length, double factor) {
		return Math.max(1, (int) Math.round(length * factor));
	}

	// Halving first keeps bilinear filtering from skipping pixels, which would alias fine detail.
	private static BufferedImage scale(BufferedImage source, Dimensions target) {
		BufferedImage image = source;
		while (image.getWidth() >= 2 * target.width() && image.getHeight() >= 2 * target.height()) {
			image = draw(image, image.getWidth() / 2, image.getHeight() / 2);
		}
		return draw(image, target.width(), target.height());
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			// Transparent pixels become white instead of JPEG's default black.
			graphics.drawImage(source, 0, 0, width, height, Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private static byte[] encode(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			// No stream or image metadata: the writer then adds only a JFIF header.
			writer.write(null, new IIOImage(image, null, null), jpegParam(writer));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static ImageWriteParam jpegParam(ImageWriter writer) {
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(JPEG_QUALITY);
		return param;
	}

}
