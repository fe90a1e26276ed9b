package com.photoapp.storage.image;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.photoapp.storage.image.ImageRejectedException.Reason;
import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ImageInspector}: the structure walk of each format.
 */
class ImageInspectorTests {

	private final ImageInspector inspector = new ImageInspector(50_000_000);

	@Test
	void acceptsImageOfExactlyTheLimit() {
		ImageInspector inspector = new ImageInspector(100 * 100);

		assertThat(inspector.inspect(new ByteArrayResource(TestImages.jpeg(100, 100)), ImageType.JPEG)
			.dimensions()).isEqualTo(new Dimensions(100, 100));
	}

	@Test
	void refusesImageOnePixelOverTheLimit() {
		ImageInspector inspector = new ImageInspector(100 * 100);

		assertThatExceptionOfType(ImageRejectedException.class)
			.isThrownBy(() -> inspector.inspect(new ByteArrayResource(TestImages.png(101, 100)), ImageType.PNG))
			.extracting(ImageRejectedException::reason)
			.isEqualTo(Reason.TOO_MANY_PIXELS);
	}

	@Test
	void measuresTheWholeFile() {
		byte[] png = TestImages.png(30, 20);

		assertThat(inspect(png, ImageType.PNG).length()).isEqualTo(png.length);
	}

	@Test
	void walksLargeFileWithoutHoldingIt() {
		long scanLength = 64L * 1024 * 1024;
		InputStreamSource content = () -> new FilledStream(largeJpegHead(), scanLength, new byte[] { (byte) 0xFF,
				(byte) 0xD9 });
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();

		Inspection inspection = this.inspector.inspect(content, ImageType.JPEG);

		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(inspection.length()).isGreaterThan(scanLength);
		assertThat(allocated).isLessThan(4L * 1024 * 1024);
	}

	@Nested
	class Jpeg {

		@Test
		void readsDimensions() {
			assertThat(inspect(TestImages.jpeg(640, 480), ImageType.JPEG).dimensions())
				.isEqualTo(new Dimensions(640, 480));
		}

		@Test
		void walksEveryScanOfProgressiveJpeg() {
			assertThat(inspect(TestImages.progressiveJpeg(320, 200), ImageType.JPEG).dimensions())
				.isEqualTo(new Dimensions(320, 200));
		}

		@Test
		void capturesExifSegment() {
			byte[] tiff = TestImages.exif().make("Nikon").tiff();

			byte[] jpeg = TestImages.withExif(TestImages.jpeg(8, 8), tiff);

			assertThat(inspect(jpeg, ImageType.JPEG).exif()).isEqualTo(tiff);
		}

		@Test
		void walksPastStuffedBytesRestartMarkersAndFillBytesInScan() {
			byte[] scanData = { 0x12, (byte) 0xFF, 0x00, 0x34, (byte) 0xFF, (byte) 0xD0, 0x56, (byte) 0xFF, (byte) 0xFF,
					(byte) 0xD1, 0x78 };
			byte[] jpeg = TestImages.concat(largeJpegHead(), scanData, new byte[] { (byte) 0xFF, (byte) 0xD9 });

			assertThat(inspect(jpeg, ImageType.JPEG).dimensions()).isEqualTo(new Dimensions(4000, 3000));
		}

		@Test
		void findsExifAfterXmpSegment() {
			byte[] tiff = TestImages.exif().make("Leica").tiff();
			byte[] xmp = TestImages.concat(new byte[] { (byte) 0xFF, (byte) 0xE1, 0, 31 },
					"http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1));
			byte[] withExif = TestImages.withExif(TestImages.jpeg(8, 8), tiff);
			byte[] jpeg = TestImages.concat(Arrays.copyOf(withExif, 2), xmp,
					Arrays.copyOfRange(withExif, 2, withExif.length));

			assertThat(inspect(jpeg, ImageType.JPEG).exif()).isEqualTo(tiff);
		}

		@Test
		void acceptsCameraPadding() {
			byte[] padded = TestImages.concat(TestImages.jpeg(64, 64), new byte[1000]);

			assertThat(inspect(padded, ImageType.JPEG).dimensions()).isEqualTo(new Dimensions(64, 64));
		}

		@Test
		void refusesPaddingBeyondTheAllowance() {
			byte[] padded = TestImages.concat(TestImages.jpeg(64, 64), new byte[JpegStructure.PADDING_ALLOWANCE + 1]);

			assertRefused(padded, ImageType.JPEG, Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void acceptsFurtherImagesOfMultiPictureFile() {
			byte[] withGainMap = TestImages.concat(TestImages.jpeg(64, 64), TestImages.jpeg(16, 16));

			assertThat(inspect(withGainMap, ImageType.JPEG).dimensions()).isEqualTo(new Dimensions(64, 64));
		}

		@Test
		void refusesTruncatedFurtherImage() {
			byte[] second = TestImages.jpeg(16, 16);
			byte[] withGainMap = TestImages.concat(TestImages.jpeg(64, 64), Arrays.copyOf(second, second.length - 2));

			assertRefused(withGainMap, ImageType.JPEG, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesHtmlAppended() {
			byte[] polyglot = TestImages.concat(TestImages.jpeg(64, 64), ascii("<html><script>alert(1)</script>"));

			assertRefused(polyglot, ImageType.JPEG, Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesScanBeforeFrameHeader() {
			byte[] jpeg = TestImages.concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2 },
					new byte[] { 1, 2, 3, (byte) 0xFF, (byte) 0xD9 });

			assertRefused(jpeg, ImageType.JPEG, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesFrameWithoutScan() {
			assertRefused(TestImages.jpegHeaderOnly(64, 64), ImageType.JPEG, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesCutOffBeforeItsFrameHeader() {
			assertRefused(Arrays.copyOf(TestImages.jpeg(64, 64), 3), ImageType.JPEG, Reason.CORRUPT_IMAGE);
		}

	}

	@Nested
	class Png {

		@Test
		void readsDimensions() {
			assertThat(inspect(TestImages.png(30, 70), ImageType.PNG).dimensions()).isEqualTo(new Dimensions(30, 70));
		}

		@Test
		void capturesExifChunk() {
			byte[] tiff = TestImages.exif().model("X100V").tiff();

			assertThat(inspect(TestImages.pngWithExif(8, 8, tiff), ImageType.PNG).exif()).isEqualTo(tiff);
		}

		@Test
		void refusesHeaderClaimingTooManyPixelsWithoutDecoding() {
			// The file has no pixel data at all: only a refusal based on the header can say "too large".
			assertRefused(TestImages.pngHeaderOnly(100_000, 100_000), ImageType.PNG, Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesSignatureFollowedByGarbage() {
			byte[] garbage = TestImages.withSignatureOf(TestImages.png(4, 4), 8, ascii("this is not a chunk"));

			assertRefused(garbage, ImageType.PNG, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesChunkWithWrongChecksum() {
			byte[] png = TestImages.png(16, 16);
			png[29] ^= 0x01;

			assertRefused(png, ImageType.PNG, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesEvenZerosAfterItsEnd() {
			byte[] padded = TestImages.concat(TestImages.png(16, 16), new byte[4]);

			assertRefused(padded, ImageType.PNG, Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesMissingImageData() {
			assertRefused(TestImages.pngHeaderOnly(16, 16), ImageType.PNG, Reason.CORRUPT_IMAGE);
		}

	}

	@Nested
	class Gif {

		@Test
		void readsScreenSize() {
			assertThat(inspect(TestImages.gif(40, 30), ImageType.GIF).dimensions()).isEqualTo(new Dimensions(40, 30));
		}

		@Test
		void usesFirstFrameSizeWhenScreenSizeIsZero() {
			assertThat(inspect(TestImages.gifHeaderOnly(0, 0, 12, 10), ImageType.GIF).dimensions())
				.isEqualTo(new Dimensions(12, 10));
		}

		@Test
		void refusesScreenClaimingTooManyPixels() {
			assertRefused(TestImages.gifHeaderOnly(60_000, 60_000, 1, 1), ImageType.GIF, Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesMissingTrailer() {
			byte[] gif = TestImages.gif(16, 16);

			assertRefused(Arrays.copyOf(gif, gif.length - 1), ImageType.GIF, Reason.CORRUPT_IMAGE);
		}

	}

	@Nested
	class Webp {

		@Test
		void readsLosslessSize() {
			assertThat(inspect(TestImages.webp(300, 200), ImageType.WEBP).dimensions())
				.isEqualTo(new Dimensions(300, 200));
		}

		@Test
		void readsExtendedCanvasSize() {
			assertThat(inspect(TestImages.webpCanvas(4, 4), ImageType.WEBP).dimensions())
				.isEqualTo(new Dimensions(4, 4));
		}

		@Test
		void refusesCanvasClaimingTooManyPixels() {
			assertRefused(TestImages.webpCanvas(100_000, 100_000), ImageType.WEBP, Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesBitstreamClaimingTooManyPixelsInsideSmallCanvas() {
			assertRefused(TestImages.webpSmallCanvasLargeBitstream(16_000, 16_000), ImageType.WEBP,
					Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesFileShorterThanItsRiffSize() {
			byte[] webp = TestImages.webp(16, 16);

			assertRefused(Arrays.copyOf(webp, webp.length - 2), ImageType.WEBP, Reason.CORRUPT_IMAGE);
		}

	}

	@Nested
	class Bmp {

		@Test
		void readsDimensions() {
			assertThat(inspect(TestImages.bmp(33, 22), ImageType.BMP).dimensions()).isEqualTo(new Dimensions(33, 22));
		}

		@Test
		void refusesMissingPixels() {
			assertRefused(TestImages.bmpHeaderOnly(16, 16), ImageType.BMP, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesEmbeddedJpeg() {
			byte[] bmp = TestImages.bmp(16, 16);
			bmp[30] = 4;

			assertRefused(bmp, ImageType.BMP, Reason.UNSUPPORTED_TYPE);
		}

	}

	@Nested
	class Tiff {

		@Test
		void readsDimensions() {
			assertThat(inspect(TestImages.tiff(50, 25), ImageType.TIFF).dimensions()).isEqualTo(new Dimensions(50, 25));
		}

		@Test
		void refusesFirstDirectoryWithoutSize() {
			byte[] tiff = TestImages.tiffHeaderOnly(16, 16);
			tiff[11] = 1;

			assertRefused(tiff, ImageType.TIFF, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesDirectoryPastTheEnd() {
			byte[] tiff = TestImages.tiffHeaderOnly(16, 16);
			tiff[4] = 0x10;

			assertRefused(tiff, ImageType.TIFF, Reason.CORRUPT_IMAGE);
		}

	}

	@Nested
	class Heif {

		@Test
		void readsPrimaryImageSize() {
			assertThat(inspect(TestImages.heic(4032, 3024), ImageType.HEIC).dimensions())
				.isEqualTo(new Dimensions(4032, 3024));
		}

		@Test
		void capturesExifItem() {
			byte[] tiff = TestImages.exif().make("Apple").tiff();
			byte[] heic = TestImages.heif("heic", List.of("mif1", "heic"), 64, 64, false, tiff);

			assertThat(inspect(heic, ImageType.HEIC).exif()).isEqualTo(tiff);
		}

		@Test
		void refusesMissingSizeProperty() {
			byte[] heic = TestImages.heif("heic", List.of("mif1", "heic"), 0, 0, false, null);

			assertRefused(heic, ImageType.HEIC, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesBoxRunningPastItsParent() {
			byte[] heic = TestImages.heic(64, 64);
			// The first box inside meta (hdlr) now claims more than meta holds.
			int handler = indexOf(heic, "hdlr") - 4;
			heic[handler] = 0x7F;

			assertRefused(heic, ImageType.HEIC, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesTruncatedFile() {
			byte[] heic = TestImages.heic(64, 64);

			assertRefused(Arrays.copyOf(heic, heic.length - 10), ImageType.HEIC, Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesAvifClaimingTooManyPixels() {
			assertRefused(TestImages.avif(40_000, 40_000), ImageType.AVIF, Reason.TOO_MANY_PIXELS);
		}

		private static int indexOf(byte[] bytes, String text) {
			return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
		}

	}

	// Start of image, a frame header of 4000 by 3000, and a scan header; the scan data follows.
	private static byte[] largeJpegHead() {
		byte[] frame = TestImages.jpegHeaderOnly(4000, 3000);
		byte[] scanHeader = { (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0 };
		return TestImages.concat(Arrays.copyOf(frame, frame.length - 2), scanHeader);
	}

	private Inspection inspect(byte[] content, ImageType type) {
		return this.inspector.inspect(new ByteArrayResource(content), type);
	}

	private void assertRefused(byte[] content, ImageType type, Reason reason) {
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> inspect(content, type))
			.extracting(ImageRejectedException::reason)
			.isEqualTo(reason);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A head, then a run of generated filler bytes that never contain 0xFF, then a tail. */
	private static final class FilledStream extends InputStream {

		private final byte[] head;

		private final long fillerLength;

		private final byte[] tail;

		private long position;

		FilledStream(byte[] head, long fillerLength, byte[] tail) {
			this.head = head;
			this.fillerLength = fillerLength;
			this.tail = tail;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			long total = this.head.length + this.fillerLength + this.tail.length;
			if (this.position >= total) {
				return -1;
			}
			int count = (int) Math.min(length, total - this.position);
			for (int i = 0; i < count; i++) {
				buffer[offset + i] = byteAt(this.position + i);
			}
			this.position += count;
			return count;
		}

		private byte byteAt(long index) {
			if (index < this.head.length) {
				return this.head[(int) index];
			}
			long fillerIndex = index - this.head.length;
			if (fillerIndex < this.fillerLength) {
				return (byte) (fillerIndex % 251);
			}
			return this.tail[(int) (fillerIndex - this.fillerLength)];
		}

	}

}
