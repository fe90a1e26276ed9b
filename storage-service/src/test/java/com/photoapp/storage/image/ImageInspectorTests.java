package com.photoapp.storage.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.photoapp.storage.upload.UploadRejectedException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ImageInspector}.
 */
class ImageInspectorTests {

	private final ImageInspector inspector = new ImageInspector(50_000_000);

	@Test
	void readsDimensionsOfJpeg() {
		assertThat(inspect(TestImages.jpeg(640, 480), ImageType.JPEG)).isEqualTo(new Dimensions(640, 480));
	}

	@Test
	void readsDimensionsOfPng() {
		assertThat(inspect(TestImages.png(30, 70), ImageType.PNG)).isEqualTo(new Dimensions(30, 70));
	}

	@Test
	void rejectsHeaderClaimingTooManyPixelsWithoutDecoding() {
		// The file has no pixel data at all: only a refusal based on the header can say "too large".
		byte[] header = TestImages.pngHeaderOnly(100_000, 100_000);

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspect(header, ImageType.PNG))
			.extracting(UploadRejectedException::reason)
			.isEqualTo(Reason.TOO_MANY_PIXELS);
	}

	@Test
	void acceptsImageOfExactlyTheLimit() {
		ImageInspector inspector = new ImageInspector(100 * 100);

		assertThat(inspector.inspect(new ByteArrayInputStream(TestImages.pngHeaderOnly(100, 100)), ImageType.PNG))
			.isEqualTo(new Dimensions(100, 100));
	}

	@Test
	void rejectsPngSignatureFollowedByGarbageAsCorrupt() {
		byte[] garbage = TestImages.withSignatureOf(TestImages.png(4, 4), 8,
				"this is not a chunk".getBytes(StandardCharsets.US_ASCII));

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspect(garbage, ImageType.PNG))
			.extracting(UploadRejectedException::reason)
			.isEqualTo(Reason.CORRUPT_IMAGE);
	}

	@Test
	void rejectsJpegCutOffBeforeItsFrameHeaderAsCorrupt() {
		byte[] truncated = Arrays.copyOf(TestImages.jpeg(64, 64), 3);

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspect(truncated, ImageType.JPEG))
			.extracting(UploadRejectedException::reason)
			.isEqualTo(Reason.CORRUPT_IMAGE);
	}

	private Dimensions inspect(byte[] content, ImageType type) {
		return this.inspector.inspect(new ByteArrayInputStream(content), type);
	}

}
