package com.photoapp.storage.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
	void rejectsGif() {
		assertThat(ImageType.detect(head(ascii("GIF89a\u0001\u0000\u0001\u0000")))).isEmpty();
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
