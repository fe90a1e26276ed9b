package com.photoapp.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Test images made on the fly, so no fixture can drift from what the test expects. */
final class Images {

	private Images() {
	}

	/** A noisy JPEG, so it is large enough that a thumbnail is clearly smaller. */
	static byte[] jpeg(int width, int height, long seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		Graphics2D graphics = image.createGraphics();
		for (int i = 0; i < 400; i++) {
			graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
			graphics.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(200),
					20 + random.nextInt(200));
		}
		graphics.dispose();
		return write(image, "jpg");
	}

	/** A PNG of random pixels, which does not compress. */
	static byte[] png(int width, int height, long seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		return write(image, "png");
	}

	static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] write(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
