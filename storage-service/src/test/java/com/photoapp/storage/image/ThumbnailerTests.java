package com.photoapp.storage.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import com.photoapp.storage.image.ImageRejectedException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Thumbnailer}.
 */
class ThumbnailerTests {

	private final Thumbnailer thumbnailer = new Thumbnailer(256);

	@Test
	void scalesLandscapeToLongSide() throws IOException {
		Derivative thumbnail = thumbnail(TestImages.jpeg(1024, 768), ImageType.JPEG, 1024, 768);

		assertThat(decode(thumbnail)).satisfies((image) -> {
			assertThat(image.getWidth()).isEqualTo(256);
			assertThat(image.getHeight()).isEqualTo(192);
		});
	}

	@Test
	void keepsAspectOfPortrait() throws IOException {
		Derivative thumbnail = thumbnail(TestImages.png(300, 1200), ImageType.PNG, 300, 1200);

		assertThat(decode(thumbnail)).satisfies((image) -> {
			assertThat(image.getWidth()).isEqualTo(64);
			assertThat(image.getHeight()).isEqualTo(256);
		});
	}

	@Test
	void subsamplesLargeImagesToTheSameSize() throws IOException {
		Derivative thumbnail = thumbnail(TestImages.jpeg(4000, 3000), ImageType.JPEG, 4000, 3000);

		assertThat(decode(thumbnail).getWidth()).isEqualTo(256);
		assertThat(thumbnail.height()).isEqualTo(192);
	}

	@Test
	void neverEnlargesSmallImages() throws IOException {
		Derivative thumbnail = thumbnail(TestImages.png(100, 40), ImageType.PNG, 100, 40);

		assertThat(decode(thumbnail).getWidth()).isEqualTo(100);
		assertThat(decode(thumbnail).getHeight()).isEqualTo(40);
	}

	@Test
	void keepsOnePixelForExtremeAspect() {
		assertThat(this.thumbnailer.targetSize(new Dimensions(10_000, 3))).isEqualTo(new Dimensions(256, 1));
	}

	@Test
	void encodesRgbJpeg() throws IOException {
		Derivative thumbnail = thumbnail(TestImages.png(512, 512), ImageType.PNG, 512, 512);

		assertThat(ImageType.detect(Arrays.copyOf(thumbnail.jpeg(), 8))).contains(ImageType.JPEG);
		assertThat(decode(thumbnail).getColorModel().getNumComponents()).isEqualTo(3);
	}

	@Test
	void paintsTransparentPixelsWhite() throws IOException {
		Derivative thumbnail = thumbnail(TestImages.transparentPng(32, 32), ImageType.PNG, 32, 32);

		assertThat(decode(thumbnail).getRGB(16, 16) & 0xFFFFFF).isGreaterThan(0xF0F0F0);
	}

	@Test
	void dropsMetadataOfTheOriginal() {
		byte[] png = TestImages.pngWithText(64, 64, "GPS 52.3676 4.9041");

		Derivative thumbnail = thumbnail(png, ImageType.PNG, 64, 64);

		assertThat(new String(thumbnail.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
	}

	@Test
	void decodesWithEnoughPixelsForASmoothScale() {
		assertThat(this.thumbnailer.subsampling(new Dimensions(4000, 3000))).isEqualTo(8);
		assertThat(this.thumbnailer.subsampling(new Dimensions(512, 512))).isEqualTo(1);
		assertThat(this.thumbnailer.subsampling(new Dimensions(513, 100))).isEqualTo(2);
	}

	@Test
	void swapsSidesOfQuarterTurnedImage() {
		Derivative thumbnail = this.thumbnailer.create(new ByteArrayInputStream(TestImages.jpeg(1024, 768)),
				ImageType.JPEG, new Dimensions(1024, 768), Orientation.ROTATE_90_CLOCKWISE);

		assertThat(thumbnail.width()).isEqualTo(192);
		assertThat(thumbnail.height()).isEqualTo(256);
	}

	@Test
	void rejectsUndecodableImageAsCorrupt() {
		byte[] header = TestImages.pngHeaderOnly(64, 64);

		assertThatExceptionOfType(ImageRejectedException.class)
			.isThrownBy(() -> thumbnail(header, ImageType.PNG, 64, 64))
			.extracting(ImageRejectedException::reason)
			.isEqualTo(Reason.CORRUPT_IMAGE);
	}

	private Derivative thumbnail(byte[] content, ImageType type, int width, int height) {
		return this.thumbnailer.create(new ByteArrayInputStream(content), type, new Dimensions(width, height),
				Orientation.NORMAL);
	}

	private static BufferedImage decode(Derivative thumbnail) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(thumbnail.jpeg()));
	}

}
