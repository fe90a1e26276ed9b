package com.photoapp.storage.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Images made on the fly for tests, so no binary fixtures live in the repository. Formats Java
 * cannot write (WebP, HEIC, AVIF) and EXIF blocks are assembled byte by byte from their
 * specifications; they are minimal but valid.
 */
public final class TestImages {

	/** The colour of the marked top-left corner of {@link #cornerMarked(int, int)} pictures. */
	public static final Color CORNER = Color.RED;

	/** The colour of the rest of {@link #cornerMarked(int, int)} pictures. */
	public static final Color BACKGROUND = Color.BLUE;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final DateTimeFormatter EXIF_DATE_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	public static byte[] transparentPng(int width, int height) {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/**
	 * A PNG that is nothing but a signature and a header chunk claiming the given size.
	 */
	public static byte[] pngHeaderOnly(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 });
		return concat(PNG_SIGNATURE, chunk("IHDR", header.array()), chunk("IEND", new byte[0]));
	}

	/**
	 * A real PNG with a text chunk inserted before its end, standing in for metadata such as a
	 * location.
	 */
	public static byte[] pngWithText(int width, int height, String text) {
		byte[] png = png(width, height);
		int iend = png.length - 12;
		byte[] textChunk = chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1));
		return concat(Arrays.copyOfRange(png, 0, iend), textChunk, Arrays.copyOfRange(png, iend, png.length));
	}

	public static byte[] gif(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
	}

	public static byte[] bmp(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "bmp");
	}

	public static byte[] tiff(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "tiff");
	}

	public static byte[] progressiveJpeg(int width, int height) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(picture(width, height, BufferedImage.TYPE_INT_RGB), null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * A picture in {@link #BACKGROUND} with its top-left quarter-by-quarter corner in {@link #CORNER},
	 * so that tests can see where turning an image moved that corner.
	 */
	public static BufferedImage cornerMarked(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(BACKGROUND);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(CORNER);
		graphics.fillRect(0, 0, cornerLength(width), cornerLength(height));
		graphics.dispose();
		return image;
	}

	/**
	 * A CMYK JPEG as Adobe applications write them: four components, an APP14 "Adobe" segment saying
	 * "no colour transform", and inverted ink values. Its top-left corner is red (magenta and yellow
	 * ink), the rest dark grey (black ink only). The JDK's reader takes the black ink for alpha.
	 */
	public static byte[] cmykJpeg(int width, int height) {
		WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean corner = x < cornerLength(width) && y < cornerLength(height);
				// Adobe stores 255 for no ink.
				raster.setPixel(x, y, corner ? new int[] { 255, 0, 0, 255 } : new int[] { 255, 255, 255, 55 });
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		byte[] jpeg = out.toByteArray();
		byte[] adobe = ByteBuffer.allocate(16)
			.put((byte) 0xFF)
			.put((byte) 0xEE)
			.putShort((short) 14)
			.put(ascii("Adobe"))
			.putShort((short) 100)
			.putInt(0)
			.put((byte) 0)
			.array();
		return concat(Arrays.copyOf(jpeg, 2), adobe, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	public static byte[] jpeg(BufferedImage image) {
		return encode(image, "jpeg");
	}

	/**
	 * A corner-marked JPEG carrying an EXIF block with the given values; any of the objects may be
	 * null to leave the tag out.
	 */
	public static byte[] jpegWithExif(int width, int height, int orientation, @Nullable LocalDateTime takenAt,
			@Nullable ZoneOffset offset, @Nullable String make, @Nullable String model, @Nullable Double latitude,
			@Nullable Double longitude) {
		ExifBuilder exif = exif().orientation(orientation).takenAt(takenAt).make(make).model(model);
		if (offset != null) {
			exif.offset(offset.getId().equals("Z") ? "+00:00" : offset.getId());
		}
		if (latitude != null && longitude != null) {
			exif.location(latitude, longitude);
		}
		return exif.jpeg(width, height);
	}

	public static ExifBuilder exif() {
		return new ExifBuilder();
	}

	/** A JPEG with an APP1 EXIF segment holding {@code tiff} right after its start marker. */
	public static byte[] withExif(byte[] jpeg, byte[] tiff) {
		byte[] body = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
		byte[] segment = ByteBuffer.allocate(4 + body.length)
			.put((byte) 0xFF)
			.put((byte) 0xE1)
			.putShort((short) (body.length + 2))
			.put(body)
			.array();
		return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** A PNG with an eXIf chunk holding {@code tiff} before its end. */
	public static byte[] pngWithExif(int width, int height, byte[] tiff) {
		byte[] png = png(width, height);
		int iend = png.length - 12;
		return concat(Arrays.copyOfRange(png, 0, iend), chunk("eXIf", tiff), Arrays.copyOfRange(png, iend, png.length));
	}

	/** A JPEG that is nothing but a start marker, a frame header claiming the given size, and an end. */
	public static byte[] jpegHeaderOnly(int width, int height) {
		ByteBuffer frame = ByteBuffer.allocate(19)
			.put((byte) 0xFF)
			.put((byte) 0xC0)
			.putShort((short) 17)
			.put((byte) 8)
			.putShort((short) height)
			.putShort((short) width)
			.put((byte) 3);
		for (int component = 1; component <= 3; component++) {
			frame.put((byte) component).put((byte) 0x11).put((byte) 0);
		}
		return concat(new byte[] { (byte) 0xFF, (byte) 0xD8 }, frame.array(), new byte[] { (byte) 0xFF, (byte) 0xD9 });
	}

	/** A GIF whose screen and single frame claim the given sizes, with one byte of image data. */
	public static byte[] gifHeaderOnly(int screenWidth, int screenHeight, int frameWidth, int frameHeight) {
		ByteBuffer gif = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
		gif.put("GIF89a".getBytes(StandardCharsets.US_ASCII))
			.putShort((short) screenWidth)
			.putShort((short) screenHeight)
			.put(new byte[3])
			.put((byte) 0x2C)
			.putInt(0)
			.putShort((short) frameWidth)
			.putShort((short) frameHeight)
			.put((byte) 0)
			.put((byte) 2)
			.put((byte) 1)
			.put((byte) 0x44)
			.put((byte) 0)
			.put((byte) 0x3B);
		return Arrays.copyOf(gif.array(), gif.position());
	}

	/** A 24-bit BMP that is nothing but headers claiming the given size. */
	public static byte[] bmpHeaderOnly(int width, int height) {
		return ByteBuffer.allocate(54)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put((byte) 'B')
			.put((byte) 'M')
			.putInt(54)
			.putInt(0)
			.putInt(54)
			.putInt(40)
			.putInt(width)
			.putInt(height)
			.putShort((short) 1)
			.putShort((short) 24)
			.array();
	}

	/** A big-endian TIFF that is nothing but a first IFD claiming the given size. */
	public static byte[] tiffHeaderOnly(int width, int height) {
		return ByteBuffer.allocate(8 + 2 + 2 * 12 + 4)
			.put("MM".getBytes(StandardCharsets.US_ASCII))
			.putShort((short) 42)
			.putInt(8)
			.putShort((short) 2)
			.putShort((short) 256)
			.putShort((short) 4)
			.putInt(1)
			.putInt(width)
			.putShort((short) 257)
			.putShort((short) 4)
			.putInt(1)
			.putInt(height)
			.putInt(0)
			.array();
	}

	/**
	 * A corner-marked lossless WebP (RFC 9649 section 3), written with the simplest prefix codes the
	 * format has: one bit for red and blue, none for green and alpha.
	 */
	public static byte[] webp(int width, int height) {
		return riff(webpChunk("VP8L", losslessBitstream(width, height)));
	}

	/** An extended WebP whose VP8X canvas claims the given size, around a 4 by 4 lossless image. */
	public static byte[] webpCanvas(int canvasWidth, int canvasHeight) {
		return riff(webpChunk("VP8X", canvas(canvasWidth, canvasHeight)), webpChunk("VP8L", losslessBitstream(4, 4)));
	}

	/** A lossless WebP whose bitstream header claims the given size, followed by no image data. */
	public static byte[] webpHeaderOnly(int width, int height) {
		return riff(webpChunk("VP8L", losslessHeader(width, height)));
	}

	/** An extended WebP with a 1 by 1 canvas around a lossless bitstream header claiming the given size. */
	public static byte[] webpSmallCanvasLargeBitstream(int width, int height) {
		return riff(webpChunk("VP8X", canvas(1, 1)), webpChunk("VP8L", losslessHeader(width, height)));
	}

	/** A HEIC file with the given primary image size; its coded data is not a real HEVC stream. */
	public static byte[] heic(int width, int height) {
		return heif("heic", List.of("mif1", "heic"), width, height, false, null);
	}

	/** An AVIF file with the given primary image size; its coded data is not a real AV1 stream. */
	public static byte[] avif(int width, int height) {
		return heif("avif", List.of("mif1", "avif", "miaf"), width, height, false, null);
	}

	/**
	 * A HEIF file (ISO/IEC 23008-12) with one coded image item, its {@code ispe} size and optional
	 * {@code irot} quarter turn, and optionally an EXIF item holding {@code exif}. A width of zero
	 * leaves the {@code ispe} property out.
	 */
	public static byte[] heif(String majorBrand, List<String> compatibleBrands, int width, int height,
			boolean quarterTurn, byte @Nullable [] exif) {
		byte[] ftyp = box("ftyp", concat(ascii(majorBrand), new byte[4], ascii(String.join("", compatibleBrands))));
		byte[] coded = new byte[64];
		byte[] exifItem = (exif != null) ? concat(int32(6), ascii("Exif\0\0"), exif) : null;
		String codec = majorBrand.equals("avif") ? "av01" : "hvc1";
		int metaLength = heifMeta(codec, width, height, quarterTurn, exifItem, 0).length;
		long codedOffset = ftyp.length + metaLength + 8;
		byte[] meta = heifMeta(codec, width, height, quarterTurn, exifItem, codedOffset);
		byte[] mdat = box("mdat", (exifItem != null) ? concat(coded, exifItem) : coded);
		return concat(ftyp, meta, mdat);
	}

	public static byte[] withSignatureOf(byte[] image, int length, byte[] rest) {
		return concat(Arrays.copyOf(image, length), rest);
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static int cornerLength(int length) {
		return Math.max(1, length / 4);
	}

	private static byte[] losslessBitstream(int width, int height) {
		LsbBitWriter bits = new LsbBitWriter();
		bits.write(0x2F, 8);
		bits.write(width - 1, 14);
		bits.write(height - 1, 14);
		// No alpha, version 0, no transform, no colour cache, no meta prefix codes.
		bits.write(0, 1 + 3 + 1 + 1 + 1);
		simplePrefixCode(bits, 0);
		simplePrefixCode(bits, 0, 255);
		simplePrefixCode(bits, 0, 255);
		simplePrefixCode(bits, 255);
		simplePrefixCode(bits, 0);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean corner = x < cornerLength(width) && y < cornerLength(height);
				// The green and alpha codes have one symbol each and take no bits; red, then blue.
				bits.write(corner ? 1 : 0, 1);
				bits.write(corner ? 0 : 1, 1);
			}
		}
		return bits.toByteArray();
	}

	// RFC 9649 3.7.2.1.1: one or two symbols; the first in 1 or 8 bits, the second in 8.
	private static void simplePrefixCode(LsbBitWriter bits, int... symbols) {
		bits.write(1, 1);
		bits.write(symbols.length - 1, 1);
		if (symbols[0] < 2) {
			bits.write(0, 1);
			bits.write(symbols[0], 1);
		}
		else {
			bits.write(1, 1);
			bits.write(symbols[0], 8);
		}
		if (symbols.length == 2) {
			bits.write(symbols[1], 8);
		}
	}

	private static byte[] riff(byte[]... chunks) {
		byte[] body = concat(chunks);
		return concat(ascii("RIFF"), le32(4 + body.length), ascii("WEBP"), body);
	}

	private static byte[] webpChunk(String type, byte[] data) {
		byte[] padding = new byte[data.length % 2];
		return concat(ascii(type), le32(data.length), data, padding);
	}

	private static byte[] canvas(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN).putInt(0);
		putU24(header, width - 1);
		putU24(header, height - 1);
		return header.array();
	}

	private static byte[] losslessHeader(int width, int height) {
		int bits = (width - 1) | ((height - 1) << 14);
		return ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x2F).putInt(bits).array();
	}

	private static void putU24(ByteBuffer buffer, int value) {
		buffer.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16));
	}

	private static byte[] heifMeta(String codec, int width, int height, boolean quarterTurn,
			byte @Nullable [] exifItem, long codedOffset) {
		byte[] handler = fullBox("hdlr", 0, concat(new byte[4], ascii("pict"), new byte[12], new byte[1]));
		byte[] primary = fullBox("pitm", 0, int16(1));
		byte[] infos = fullBox("iinf", 0, concat(int16((exifItem != null) ? 2 : 1), itemInfo(1, codec),
				(exifItem != null) ? itemInfo(2, "Exif") : new byte[0]));
		byte[] locations = fullBox("iloc", 0,
				concat(new byte[] { 0x44, 0x00 }, int16((exifItem != null) ? 2 : 1), location(1, codedOffset, 64),
						(exifItem != null) ? location(2, codedOffset + 64, exifItem.length) : new byte[0]));
		byte[] size = (width > 0) ? fullBox("ispe", 0, concat(int32(width), int32(height))) : box("free", new byte[0]);
		byte[] rotation = box("irot", new byte[] { (byte) (quarterTurn ? 1 : 0) });
		byte[] associations = fullBox("ipma", 0,
				concat(int32(1), int16(1), new byte[] { 2, (byte) 0x81, 0x02 }));
		byte[] properties = box("iprp", concat(box("ipco", concat(size, rotation)), associations));
		return fullBox("meta", 0, concat(handler, primary, infos, locations, properties));
	}

	private static byte[] itemInfo(int item, String type) {
		return fullBox("infe", 2, concat(int16(item), int16(0), ascii(type), new byte[1]));
	}

	private static byte[] location(int item, long offset, int length) {
		return concat(int16(item), int16(0), int16(1), int32((int) offset), int32(length));
	}

	private static byte[] box(String type, byte[] body) {
		return concat(int32(8 + body.length), ascii(type), body);
	}

	private static byte[] fullBox(String type, int version, byte[] body) {
		return box(type, concat(int32(version << 24), body));
	}

	private static byte[] int16(int value) {
		return ByteBuffer.allocate(2).putShort((short) value).array();
	}

	private static byte[] int32(int value) {
		return ByteBuffer.allocate(4).putInt(value).array();
	}

	private static byte[] le32(int value) {
		return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(typeBytes)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	/**
	 * Writes an EXIF block as a big-endian TIFF structure (EXIF 2.32 section 4.5): IFD0 with camera and
	 * orientation, the EXIF IFD with the capture time and offset, the GPS IFD with the location.
	 */
	public static final class ExifBuilder {

		private int orientation = 1;

		private @Nullable String takenAt;

		private @Nullable String offset;

		private @Nullable String make;

		private @Nullable String model;

		private double @Nullable [] location;

		private ExifBuilder() {
		}

		public ExifBuilder orientation(int orientation) {
			this.orientation = orientation;
			return this;
		}

		public ExifBuilder takenAt(@Nullable LocalDateTime takenAt) {
			return takenAt((takenAt != null) ? EXIF_DATE_TIME.format(takenAt) : null);
		}

		/** The raw DateTimeOriginal text, for dates no real clock would write. */
		public ExifBuilder takenAt(@Nullable String takenAt) {
			this.takenAt = takenAt;
			return this;
		}

		/** The raw OffsetTimeOriginal text, such as {@code +02:00}. */
		public ExifBuilder offset(@Nullable String offset) {
			this.offset = offset;
			return this;
		}

		public ExifBuilder make(@Nullable String make) {
			this.make = make;
			return this;
		}

		public ExifBuilder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		public ExifBuilder location(double latitude, double longitude) {
			this.location = new double[] { latitude, longitude };
			return this;
		}

		/** A corner-marked JPEG carrying this EXIF block. */
		public byte[] jpeg(int width, int height) {
			return withExif(TestImages.jpeg(cornerMarked(width, height)), tiff());
		}

		public byte[] tiff() {
			List<IfdEntry> exif = new ArrayList<>();
			addAscii(exif, 0x9003, this.takenAt);
			addAscii(exif, 0x9011, this.offset);
			List<IfdEntry> gps = new ArrayList<>();
			if (this.location != null) {
				addAscii(gps, 1, (this.location[0] >= 0) ? "N" : "S");
				gps.add(IfdEntry.rationals(2, degreesMinutesSeconds(this.location[0])));
				addAscii(gps, 3, (this.location[1] >= 0) ? "E" : "W");
				gps.add(IfdEntry.rationals(4, degreesMinutesSeconds(this.location[1])));
			}
			int ifd0Length = ifdLength(ifd0(0, 0, exif, gps));
			int exifOffset = 8 + ifd0Length;
			int gpsOffset = exifOffset + (exif.isEmpty() ? 0 : ifdLength(exif));
			List<IfdEntry> ifd0 = ifd0(exifOffset, gpsOffset, exif, gps);
			ByteBuffer tiff = ByteBuffer.allocate(gpsOffset + (gps.isEmpty() ? 0 : ifdLength(gps)));
			tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
			writeIfd(tiff, ifd0);
			if (!exif.isEmpty()) {
				writeIfd(tiff, exif);
			}
			if (!gps.isEmpty()) {
				writeIfd(tiff, gps);
			}
			return tiff.array();
		}

		private List<IfdEntry> ifd0(int exifOffset, int gpsOffset, List<IfdEntry> exif, List<IfdEntry> gps) {
			List<IfdEntry> ifd0 = new ArrayList<>();
			addAscii(ifd0, 0x010F, this.make);
			addAscii(ifd0, 0x0110, this.model);
			ifd0.add(IfdEntry.shortValue(0x0112, this.orientation));
			if (!exif.isEmpty()) {
				ifd0.add(IfdEntry.longValue(0x8769, exifOffset));
			}
			if (!gps.isEmpty()) {
				ifd0.add(IfdEntry.longValue(0x8825, gpsOffset));
			}
			return ifd0;
		}

		private static void addAscii(List<IfdEntry> entries, int tag, @Nullable String value) {
			if (value != null) {
				entries.add(IfdEntry.ascii(tag, value));
			}
		}

		private static long[] degreesMinutesSeconds(double value) {
			double absolute = Math.abs(value);
			long degrees = (long) absolute;
			long minutes = (long) ((absolute - degrees) * 60);
			long tenThousandthSeconds = Math.round(((absolute - degrees) * 60 - minutes) * 60 * 10_000);
			return new long[] { degrees, 1, minutes, 1, tenThousandthSeconds, 10_000 };
		}

		private static int ifdLength(List<IfdEntry> entries) {
			return 2 + 12 * entries.size() + 4 + entries.stream().mapToInt(IfdEntry::outOfLineLength).sum();
		}

		// Values longer than four bytes follow the IFD, in entry order.
		private static void writeIfd(ByteBuffer tiff, List<IfdEntry> entries) {
			int start = tiff.position();
			int valueOffset = start + 2 + 12 * entries.size() + 4;
			tiff.putShort((short) entries.size());
			for (IfdEntry entry : entries) {
				tiff.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
				if (entry.value().length <= 4) {
					tiff.put(Arrays.copyOf(entry.value(), 4));
				}
				else {
					tiff.putInt(valueOffset);
					valueOffset += entry.outOfLineLength();
				}
			}
			tiff.putInt(0);
			for (IfdEntry entry : entries) {
				if (entry.value().length > 4) {
					tiff.put(Arrays.copyOf(entry.value(), entry.outOfLineLength()));
				}
			}
		}

	}

	private record IfdEntry(int tag, int type, int count, byte[] value) {

		static IfdEntry ascii(int tag, String text) {
			byte[] value = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
			return new IfdEntry(tag, 2, value.length, value);
		}

		static IfdEntry shortValue(int tag, int value) {
			return new IfdEntry(tag, 3, 1, int16(value));
		}

		static IfdEntry longValue(int tag, int value) {
			return new IfdEntry(tag, 4, 1, int32(value));
		}

		static IfdEntry rationals(int tag, long... numeratorsAndDenominators) {
			ByteBuffer value = ByteBuffer.allocate(4 * numeratorsAndDenominators.length);
			for (long part : numeratorsAndDenominators) {
				value.putInt((int) part);
			}
			return new IfdEntry(tag, 5, numeratorsAndDenominators.length / 2, value.array());
		}

		int outOfLineLength() {
			return (this.value.length <= 4) ? 0 : this.value.length + (this.value.length % 2);
		}

	}

	/** Packs values least significant bit first, as the WebP lossless bitstream reads them. */
	private static final class LsbBitWriter {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private long pending;

		private int pendingBits;

		void write(int value, int bitCount) {
			this.pending |= ((long) value & ((1L << bitCount) - 1)) << this.pendingBits;
			this.pendingBits += bitCount;
			while (this.pendingBits >= 8) {
				this.bytes.write((int) (this.pending & 0xFF));
				this.pending >>>= 8;
				this.pendingBits -= 8;
			}
		}

		byte[] toByteArray() {
			if (this.pendingBits > 0) {
				this.bytes.write((int) (this.pending & 0xFF));
			}
			return this.bytes.toByteArray();
		}

	}

}
