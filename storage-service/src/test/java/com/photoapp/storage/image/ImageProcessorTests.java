package com.photoapp.storage.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.photoapp.storage.StorageProperties;
import com.photoapp.storage.image.ImageRejectedException.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link ImageProcessor}: every accepted format end to end, EXIF, orientation, and the
 * refusals the upload relies on.
 */
class ImageProcessorTests {

	private static final LocalDateTime TAKEN_AT = LocalDateTime.of(2024, 7, 14, 18, 30, 5);

	private final ImageProcessor processor = processor(50_000_000);

	static ImageProcessor processor(long maxPixels) {
		return new ImageProcessor(new StorageProperties("UseDevelopmentStorage=true", null, "photos",
				URI.create("http://localhost:8082"), DataSize.ofMegabytes(50), maxPixels, 256, 1600));
	}

	@Nested
	class AcceptedFormats {

		@Test
		void processesJpeg() throws IOException {
			assertProcessed(TestImages.jpeg(2000, 1000), ImageType.JPEG, 2000, 1000);
		}

		@Test
		void processesProgressiveJpeg() throws IOException {
			assertProcessed(TestImages.progressiveJpeg(640, 480), ImageType.JPEG, 640, 480);
		}

		@Test
		void processesCmykJpegOfAdobeApplications() throws IOException {
			ProcessedImage image = assertProcessed(TestImages.cmykJpeg(200, 100), ImageType.JPEG, 200, 100);

			BufferedImage thumbnail = decode(image.thumbnail());
			assertThat(cornerAt(thumbnail)).isEqualTo(Corner.TOP_LEFT);
			// Dark grey; a reader that took the black ink for alpha would show light grey on white.
			int background = thumbnail.getRGB(150, 75);
			assertThat(List.of(background >> 16, background >> 8, background))
				.allSatisfy((channel) -> assertThat(channel & 0xFF).isLessThan(100));
		}

		@Test
		void processesPng() throws IOException {
			assertProcessed(TestImages.png(300, 600), ImageType.PNG, 300, 600);
		}

		@Test
		void processesGif() throws IOException {
			assertProcessed(TestImages.gif(400, 300), ImageType.GIF, 400, 300);
		}

		@Test
		void processesBmp() throws IOException {
			assertProcessed(TestImages.bmp(333, 222), ImageType.BMP, 333, 222);
		}

		@Test
		void processesTiff() throws IOException {
			assertProcessed(TestImages.tiff(500, 250), ImageType.TIFF, 500, 250);
		}

		@Test
		void processesLosslessWebp() throws IOException {
			ProcessedImage image = assertProcessed(TestImages.webp(64, 48), ImageType.WEBP, 64, 48);

			assertThat(cornerAt(decode(image.thumbnail()))).isEqualTo(Corner.TOP_LEFT);
		}

		@Test
		void storesHeicAsOriginalOnlyWithItsSize() {
			ProcessedImage image = process(TestImages.heic(4032, 3024));

			assertThat(image.type()).isEqualTo(ImageType.HEIC);
			assertThat(image.dimensions()).isEqualTo(new Dimensions(4032, 3024));
			assertThat(image.hasDerivatives()).isFalse();
			assertThat(image.thumbnail()).isNull();
		}

		@Test
		void storesAvifAsOriginalOnlyWithItsSize() {
			ProcessedImage image = process(TestImages.avif(1920, 1080));

			assertThat(image.type()).isEqualTo(ImageType.AVIF);
			assertThat(image.dimensions()).isEqualTo(new Dimensions(1920, 1080));
			assertThat(image.hasDerivatives()).isFalse();
		}

		@Test
		void turnsHeicDimensionsByItsRotationPropertyAndNotByExif() {
			byte[] exif = TestImages.exif().orientation(6).make("Apple").model("iPhone 15").tiff();
			byte[] heic = TestImages.heif("heic", List.of("mif1", "heic"), 4032, 3024, true, exif);

			ProcessedImage image = process(heic);

			assertThat(image.dimensions()).isEqualTo(new Dimensions(3024, 4032));
			assertThat(image.metadata().cameraModel()).isEqualTo("iPhone 15");
		}

		@Test
		void scalesPreviewToItsLongSideWithoutEnlarging() {
			ProcessedImage large = process(TestImages.jpeg(4000, 3000));
			ProcessedImage small = process(TestImages.jpeg(800, 600));

			assertThat(large.preview()).extracting(Derivative::width, Derivative::height).containsExactly(1600, 1200);
			assertThat(large.thumbnail()).extracting(Derivative::width, Derivative::height).containsExactly(256, 192);
			assertThat(small.preview()).extracting(Derivative::width, Derivative::height).containsExactly(800, 600);
		}

		private ProcessedImage assertProcessed(byte[] content, ImageType type, int width, int height)
				throws IOException {
			ProcessedImage image = process(content);

			assertThat(image.type()).isEqualTo(type);
			assertThat(image.dimensions()).isEqualTo(new Dimensions(width, height));
			assertThat(image.hasDerivatives()).isTrue();
			BufferedImage thumbnail = decode(image.thumbnail());
			assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(Math.min(256,
					Math.max(width, height)));
			assertThat(thumbnail.getWidth()).isEqualTo(image.thumbnail().width());
			assertThat(decode(image.preview()).getHeight()).isEqualTo(image.preview().height());
			return image;
		}

	}

	@Nested
	class Exif {

		@Test
		void readsCaptureTimeWithItsOffset() {
			ProcessedImage image = process(TestImages.jpegWithExif(64, 48, 1, TAKEN_AT, ZoneOffset.ofHours(2), null,
					null, null, null));

			assertThat(image.metadata().takenAt()).isEqualTo(Instant.parse("2024-07-14T16:30:05Z"));
			assertThat(image.metadata().takenAtOffset()).isEqualTo(ZoneOffset.ofHours(2));
		}

		@Test
		void readsCaptureTimeWithoutOffsetAsUtc() {
			ProcessedImage image = process(TestImages.jpegWithExif(64, 48, 1, TAKEN_AT, null, null, null, null, null));

			assertThat(image.metadata().takenAt()).isEqualTo(Instant.parse("2024-07-14T18:30:05Z"));
			assertThat(image.metadata().takenAtOffset()).isNull();
		}

		@Test
		void readsCameraAndLocation() {
			ProcessedImage image = process(TestImages.jpegWithExif(64, 48, 1, null, null, "Canon", "Canon EOS R6",
					-33.8568, 151.2153));

			ImageMetadata metadata = image.metadata();
			assertThat(metadata.cameraMake()).isEqualTo("Canon");
			assertThat(metadata.cameraModel()).isEqualTo("Canon EOS R6");
			assertThat(metadata.latitude()).isCloseTo(-33.8568, within(1e-6));
			assertThat(metadata.longitude()).isCloseTo(151.2153, within(1e-6));
		}

		@Test
		void leavesMetadataEmptyForImageWithoutExif() {
			assertThat(process(TestImages.jpeg(64, 48)).metadata()).isEqualTo(ImageMetadata.NONE);
		}

		@Test
		void readsExifOfPng() {
			byte[] png = TestImages.pngWithExif(32, 32, TestImages.exif().make("Google").model("Pixel 9").tiff());

			assertThat(process(png).metadata().cameraModel()).isEqualTo("Pixel 9");
		}

		@Test
		void keepsLocationOutOfDerivatives() throws Exception {
			ProcessedImage image = process(TestImages.jpegWithExif(1200, 900, 6, TAKEN_AT, ZoneOffset.ofHours(2),
					"Canon", "Canon EOS R6", 52.3676, 4.9041));

			assertThat(image.metadata().latitude()).isNotNull();
			for (Derivative derivative : List.of(image.thumbnail(), image.preview())) {
				Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(derivative.jpeg()));
				assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
				assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
				assertThat(segmentMarkers(derivative.jpeg())).doesNotContain(0xE1, 0xE2);
				assertThat(new String(derivative.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif",
						"Canon");
			}
		}

	}

	@Nested
	class Turning {

		@Test
		void turnsDerivativesOfOrientationSixClockwise() throws IOException {
			ProcessedImage image = process(TestImages.jpegWithExif(400, 300, 6, null, null, null, null, null, null));

			assertThat(image.dimensions()).isEqualTo(new Dimensions(300, 400));
			assertThat(image.thumbnail()).extracting(Derivative::width, Derivative::height).containsExactly(192, 256);
			assertThat(cornerAt(decode(image.thumbnail()))).isEqualTo(Corner.TOP_RIGHT);
			assertThat(cornerAt(decode(image.preview()))).isEqualTo(Corner.TOP_RIGHT);
		}

		@Test
		void turnsDerivativesOfOrientationEightAnticlockwise() throws IOException {
			ProcessedImage image = process(TestImages.jpegWithExif(400, 300, 8, null, null, null, null, null, null));

			assertThat(image.dimensions()).isEqualTo(new Dimensions(300, 400));
			assertThat(decode(image.preview()).getWidth()).isEqualTo(300);
			assertThat(cornerAt(decode(image.thumbnail()))).isEqualTo(Corner.BOTTOM_LEFT);
		}

		@Test
		void turnsDerivativesOfOrientationThreeHalfway() throws IOException {
			ProcessedImage image = process(TestImages.jpegWithExif(400, 300, 3, null, null, null, null, null, null));

			assertThat(image.dimensions()).isEqualTo(new Dimensions(400, 300));
			assertThat(cornerAt(decode(image.thumbnail()))).isEqualTo(Corner.BOTTOM_RIGHT);
		}

		@Test
		void leavesUnturnedImageAsItIs() throws IOException {
			ProcessedImage image = process(TestImages.jpegWithExif(400, 300, 1, null, null, null, null, null, null));

			assertThat(cornerAt(decode(image.thumbnail()))).isEqualTo(Corner.TOP_LEFT);
		}

	}

	@Nested
	class Refusals {

		@Test
		void refusesHtmlNamedAsJpeg() {
			assertRefused(ascii("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"),
					Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesSvgWithScript() {
			assertRefused(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
					Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesPdf() {
			assertRefused(ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesZip() {
			assertRefused(TestImages.concat(new byte[] { 'P', 'K', 3, 4 }, new byte[100]), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesWindowsExecutable() {
			assertRefused(TestImages.concat(ascii("MZ"), new byte[200]), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesRandomBytes() {
			byte[] noise = new byte[4096];
			new Random(42).nextBytes(noise);

			assertRefused(noise, Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesJpegWithZipAppended() {
			assertRefused(TestImages.concat(TestImages.jpeg(64, 64), zip()), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesPngWithDataAfterItsEnd() {
			assertRefused(TestImages.concat(TestImages.png(64, 64), ascii("<script>alert(1)</script>")),
					Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesGifWithDataAfterItsTrailer() {
			assertRefused(TestImages.concat(TestImages.gif(16, 16), zip()), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesWebpLongerThanItsRiffSize() {
			assertRefused(TestImages.concat(TestImages.webp(8, 8), zip()), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesBmpWithDataAfterItsPixels() {
			assertRefused(TestImages.concat(TestImages.bmp(16, 16), zip()), Reason.UNSUPPORTED_TYPE);
		}

		@Test
		void refusesPngHeaderClaimingFiftyThousandSquared() {
			assertRefused(TestImages.pngHeaderOnly(50_000, 50_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesJpegHeaderClaimingFiftyThousandSquared() {
			assertRefused(TestImages.jpegHeaderOnly(50_000, 50_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesGifFrameClaimingTooManyPixels() {
			assertRefused(TestImages.gifHeaderOnly(1, 1, 60_000, 60_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesBmpClaimingTooManyPixels() {
			assertRefused(TestImages.bmpHeaderOnly(50_000, 50_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesTiffClaimingTooManyPixels() {
			assertRefused(TestImages.tiffHeaderOnly(50_000, 50_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesWebpClaimingTooManyPixels() {
			assertRefused(TestImages.webpHeaderOnly(16_000, 16_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesHeicClaimingTooManyPixels() {
			assertRefused(TestImages.heic(50_000, 50_000), Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesTruncatedJpeg() {
			byte[] jpeg = TestImages.jpeg(640, 480);

			assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesJpegWithoutEndMarker() {
			byte[] jpeg = TestImages.jpeg(640, 480);

			assertRefused(Arrays.copyOf(jpeg, jpeg.length - 2), Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesTruncatedPng() {
			byte[] png = TestImages.png(640, 480);

			assertRefused(Arrays.copyOf(png, png.length - 12), Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesPngWhosePixelDataCannotBeDecoded() {
			assertRefused(TestImages.pngHeaderOnly(64, 64), Reason.CORRUPT_IMAGE);
		}

		@Test
		void refusesEmptyContent() {
			assertRefused(new byte[0], Reason.UNSUPPORTED_TYPE);
		}

		private static byte[] zip() {
			return TestImages.concat(new byte[] { 'P', 'K', 3, 4 }, ascii("evil.html<script>"),
					new byte[] { 'P', 'K', 5, 6 }, new byte[18]);
		}

	}

	private ProcessedImage process(byte[] content) {
		return this.processor.process(new ByteArrayResource(content));
	}

	private void assertRefused(byte[] content, Reason reason) {
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> process(content))
			.extracting(ImageRejectedException::reason)
			.isEqualTo(reason);
	}

	static BufferedImage decode(Derivative derivative) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(derivative.jpeg()));
	}

	/** Which probe, an eighth in from each corner, shows the marked corner's colour. */
	static Corner cornerAt(BufferedImage image) {
		List<Corner> marked = new ArrayList<>();
		for (Corner corner : Corner.values()) {
			int x = corner.right ? image.getWidth() * 7 / 8 : image.getWidth() / 8;
			int y = corner.bottom ? image.getHeight() * 7 / 8 : image.getHeight() / 8;
			int rgb = image.getRGB(x, y);
			if (((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60) {
				marked.add(corner);
			}
		}
		assertThat(marked).hasSize(1);
		return marked.getFirst();
	}

	// The marker types of the segments before the first scan.
	private static List<Integer> segmentMarkers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int offset = 2;
		while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
			int marker = jpeg[offset + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			offset += 2 + (((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF));
		}
		return markers;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	enum Corner {

		TOP_LEFT(false, false), TOP_RIGHT(true, false), BOTTOM_LEFT(false, true), BOTTOM_RIGHT(true, true);

		private final boolean right;

		private final boolean bottom;

		Corner(boolean right, boolean bottom) {
			this.right = right;
			this.bottom = bottom;
		}

	}

}
