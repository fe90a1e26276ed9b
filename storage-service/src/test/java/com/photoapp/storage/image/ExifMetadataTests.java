package com.photoapp.storage.image;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link ExifMetadata}.
 */
class ExifMetadataTests {

	private static final LocalDateTime TAKEN_AT = LocalDateTime.of(2023, 12, 31, 23, 15, 0);

	@Test
	void appliesNegativeOffset() {
		ExifMetadata exif = read(TestImages.exif().takenAt(TAKEN_AT).offset("-05:00"));

		assertThat(exif.metadata().takenAt()).isEqualTo(Instant.parse("2024-01-01T04:15:00Z"));
		assertThat(exif.metadata().takenAtOffset()).isEqualTo(ZoneOffset.ofHours(-5));
	}

	@Test
	void appliesOffsetOfHalfHours() {
		ExifMetadata exif = read(TestImages.exif().takenAt(TAKEN_AT).offset("+05:30"));

		assertThat(exif.metadata().takenAt()).isEqualTo(Instant.parse("2023-12-31T17:45:00Z"));
		assertThat(exif.metadata().takenAtOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
	}

	@Test
	void treatsMalformedOffsetAsAbsent() {
		ExifMetadata exif = read(TestImages.exif().takenAt(TAKEN_AT).offset("CEST"));

		assertThat(exif.metadata().takenAt()).isEqualTo(Instant.parse("2023-12-31T23:15:00Z"));
		assertThat(exif.metadata().takenAtOffset()).isNull();
	}

	@Test
	void ignoresOffsetWithoutCaptureTime() {
		assertThat(read(TestImages.exif().offset("+02:00")).metadata().takenAtOffset()).isNull();
	}

	@Test
	void treatsZeroDateOfUnsetClockAsUnknown() {
		assertThat(read(TestImages.exif().takenAt("0000:00:00 00:00:00")).metadata().takenAt()).isNull();
	}

	@Test
	void treatsBlankDateAsUnknown() {
		assertThat(read(TestImages.exif().takenAt("                   ")).metadata().takenAt()).isNull();
	}

	@Test
	void treatsImpossibleDateAsUnknown() {
		assertThat(read(TestImages.exif().takenAt("2023:02:30 10:00:00")).metadata().takenAt()).isNull();
	}

	@Test
	void readsSouthernAndWesternLocation() {
		ExifMetadata exif = read(TestImages.exif().location(-22.9519, -43.2105));

		assertThat(exif.metadata().latitude()).isCloseTo(-22.9519, within(1e-6));
		assertThat(exif.metadata().longitude()).isCloseTo(-43.2105, within(1e-6));
	}

	@Test
	void treatsZeroLocationOfReceiverWithoutFixAsAbsent() {
		ExifMetadata exif = read(TestImages.exif().location(0, 0));

		assertThat(exif.metadata().latitude()).isNull();
		assertThat(exif.metadata().longitude()).isNull();
	}

	@Test
	void trimsCameraNamesAndDropsBlankOnes() {
		ExifMetadata exif = read(TestImages.exif().make("  FUJIFILM \0\0").model("   "));

		assertThat(exif.metadata().cameraMake()).isEqualTo("FUJIFILM");
		assertThat(exif.metadata().cameraModel()).isNull();
	}

	@Test
	void shortensOverlongCameraNames() {
		assertThat(read(TestImages.exif().model("x".repeat(1000))).metadata().cameraModel()).hasSize(255);
	}

	@Test
	void readsOrientation() {
		assertThat(read(TestImages.exif().orientation(8)).orientation()).isEqualTo(Orientation.ROTATE_90_ANTICLOCKWISE);
	}

	@Test
	void treatsUnknownOrientationAsNormal() {
		assertThat(read(TestImages.exif().orientation(42)).orientation()).isEqualTo(Orientation.NORMAL);
	}

	@Test
	void losesOnlyTheMetadataOfBrokenExif() {
		byte[] tiff = TestImages.exif().make("Sony").takenAt(TAKEN_AT).tiff();

		assertThat(ExifMetadata.read(Arrays.copyOf(tiff, 12))).isEqualTo(ExifMetadata.NONE);
		assertThat(ExifMetadata.read(new byte[] { 'M', 'M', 0, 42, 0x7F, 0, 0, 0 })).isEqualTo(ExifMetadata.NONE);
	}

	@Test
	void readsTiffFileThroughWindowedSource() {
		byte[] tiff = TestImages.exif().make("Hasselblad").takenAt(TAKEN_AT).tiff();

		ExifMetadata exif = ExifMetadata.read(new SourceReader(new ByteArrayResource(tiff), tiff.length));

		assertThat(exif.metadata().cameraMake()).isEqualTo("Hasselblad");
		assertThat(exif.metadata().takenAt()).isEqualTo(Instant.parse("2023-12-31T23:15:00Z"));
	}

	private static ExifMetadata read(TestImages.ExifBuilder exif) {
		return ExifMetadata.read(exif.tiff());
	}

}
