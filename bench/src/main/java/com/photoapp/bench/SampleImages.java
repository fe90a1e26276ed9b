package com.photoapp.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Images made by the harness. The services refuse a second upload of the same bytes as a duplicate,
 * so each upload gets its own copy: the same picture with a comment (JPEG) or a private chunk (PNG)
 * holding a counter, which costs nothing to make and leaves the decoding work unchanged.
 */
final class SampleImages {

	private static final int PNG_SIGNATURE_AND_HEADER = 8 + 25;

	private SampleImages() {
	}

	/** A camera-sized JPEG: gradients and sensor-like noise, about 4 MB at 12 megapixels. */
	static byte[] photographicJpeg(int width, int height, long seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double wave = Math.sin(x / 97.0 + seed) * Math.cos(y / 131.0) + Math.sin((x + y) / 23.0) * 0.3;
				int red = channel(255.0 * x / width + 40 * wave, random);
				int green = channel(255.0 * y / height - 30 * wave, random);
				int blue = channel(128 + 90 * Math.sin((x * x + y * y) / 500_000.0), random);
				row[x] = (red << 16) | (green << 8) | blue;
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		return jpeg(image, 0.92f);
	}

	/** A PNG of random pixels, which does not compress, so its size is about {@code 3 * width * height}. */
	static byte[] noisePng(int width, int height, long seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				row[x] = random.nextInt(0x1000000);
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(3 * width * height + 4096);
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JPEG with a comment segment after its start marker. */
	static byte[] withComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + text.length);
		out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (text.length + 2)).put(text);
		return out.put(jpeg, 2, jpeg.length - 2).array();
	}

	/** The PNG with a private ancillary chunk after its header, which decoders skip. */
	static byte[] withPrivateChunk(byte[] png, String text) {
		byte[] type = "bnCh".getBytes(StandardCharsets.US_ASCII);
		byte[] data = text.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		ByteBuffer out = ByteBuffer.allocate(png.length + 12 + data.length);
		out.put(png, 0, PNG_SIGNATURE_AND_HEADER).putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
		return out.put(png, PNG_SIGNATURE_AND_HEADER, png.length - PNG_SIGNATURE_AND_HEADER).array();
	}

	private static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static int channel(double value, Random random) {
		return (int) Math.max(0, Math.min(255, value + random.nextGaussian() * 10));
	}

}
