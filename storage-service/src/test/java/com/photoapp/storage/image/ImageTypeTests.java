package com.photoapp.storage.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ImageType}.
 */
class ImageTypeTests {

	@Test
	void detectsJpeg() {
		assertThat(ImageType.detect(head(TestImages.jpeg(4, 4)))).contains(ImageType.JPEG);
	}

	@Test
	void detectsPng() {
		assertThat(ImageType.detect(head(TestImages.png(4, 4)))).contains(ImageType.PNG);
	}

	@Test
	void detectsPngSignatureFollowedByGarbageAsPng() {
		byte[] garbage = TestImages.withSignatureOf(TestImages.png(4, 4), 8, ascii("not really a png"));

		assertThat(ImageType.detect(head(garbage))).contains(ImageType.PNG);
	}

	@Test
	void rejectsHtml() {
		assertThat(ImageType.detect(head(ascii("<!DOCTYPE html><script>alert(1)</script>")))).isEmpty();
	}

	@Test
	void rejectsPdf() {
		assertThat(ImageType.detect(head(ascii("%PDF-1.7\n%\u00e2\u00e3")))).isEmpty();
	}

	@Test
	void detectsGif() {
		assertThat(ImageType.detect(head(TestImages.gif(4, 4)))).contains(ImageType.GIF);
	}

	@Test
	void detectsBmp() {
		assertThat(ImageType.detect(head(TestImages.bmp(4, 4)))).contains(ImageType.BMP);
	}

	@Test
	void detectsTiffInBothByteOrders() {
		assertThat(ImageType.detect(head(TestImages.tiff(4, 4)))).contains(ImageType.TIFF);
		assertThat(ImageType.detect(head(TestImages.tiffHeaderOnly(4, 4)))).contains(ImageType.TIFF);
		assertThat(ImageType.detect(ascii("II*\u0000\u0008\u0000\u0000\u0000"))).contains(ImageType.TIFF);
	}

	@Test
	void detectsWebp() {
		assertThat(ImageType.detect(head(TestImages.webp(4, 4)))).contains(ImageType.WEBP);
	}

	@Test
	void detectsHeicByMajorBrand() {
		assertThat(ImageType.detect(head(TestImages.heic(4, 4)))).contains(ImageType.HEIC);
	}

	@Test
	void detectsHeicByCompatibleBrandOfGenericHeif() {
		byte[] heif = TestImages.heif("mif1", List.of("mif1", "heic"), 4, 4, false, null);

		assertThat(ImageType.detect(head(heif))).contains(ImageType.HEIC);
	}

	@Test
	void detectsAvif() {
		assertThat(ImageType.detect(head(TestImages.avif(4, 4)))).contains(ImageType.AVIF);
	}

	@Test
	void detectsAvifImageSequence() {
		byte[] avis = TestImages.heif("avis", List.of("avis", "msf1", "miaf"), 4, 4, false, null);

		assertThat(ImageType.detect(head(avis))).contains(ImageType.AVIF);
	}

	@Test
	void rejectsMp4Video() {
		byte[] mp4 = TestImages.heif("isom", List.of("isom", "iso2", "mp41"), 4, 4, false, null);

		assertThat(ImageType.detect(head(mp4))).isEmpty();
	}

	@Test
	void rejectsGenericHeifWithoutKnownCodecBrand() {
		byte[] heif = TestImages.heif("mif1", List.of("mif1", "miaf"), 4, 4, false, null);

		assertThat(ImageType.detect(head(heif))).isEmpty();
	}

	@Test
	void rejectsBigTiff() {
		assertThat(ImageType.detect(ascii("II+\u0000\u0008\u0000\u0000\u0000"))).isEmpty();
	}

	@Test
	void rejectsBmpWithUnknownHeaderSize() {
		byte[] bmp = head(TestImages.bmp(4, 4));
		bmp[14] = 99;

		assertThat(ImageType.detect(bmp)).isEmpty();
	}

	@Test
	void rejectsRiffThatIsNotWebp() {
		assertThat(ImageType.detect(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).isEmpty();
	}

	@Test
	void rejectsSvg() {
		assertThat(ImageType.detect(head(ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"))))
			.isEmpty();
	}

	@Test
	void rejectsZip() {
		assertThat(ImageType.detect(ascii("PK\u0003\u0004\u0014\u0000\u0000\u0000"))).isEmpty();
	}

	@Test
	void rejectsEmptyInput() {
		assertThat(ImageType.detect(new byte[0])).isEmpty();
	}

	@Test
	void rejectsTruncatedPngSignature() {
		assertThat(ImageType.detect(head(TestImages.png(4, 4), 7))).isEmpty();
	}

	@Test
	void rejectsPngSignatureWithWrongByte() {
		byte[] png = head(TestImages.png(4, 4));
		png[4] = '\n';

		assertThat(ImageType.detect(png)).isEmpty();
	}

	private static byte[] head(byte[] content) {
		return head(content, ImageType.SIGNATURE_LENGTH);
	}

	private static byte[] head(byte[] content, int length) {
		return Arrays.copyOf(content, Math.min(length, content.length));
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
