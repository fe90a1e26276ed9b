package com.photoapp.storage.image;

import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Orientation}, against the meaning of each EXIF value (TIFF 6.0 tag 274).
 */
class OrientationTests {

	private static final int MARKED = 0xFF0000;

	// A 3 by 2 image with only its top-left pixel marked; the table says where that pixel must end up.
	@ParameterizedTest
	@CsvSource({ "1, 3, 2, 0, 0", "2, 3, 2, 2, 0", "3, 3, 2, 2, 1", "4, 3, 2, 0, 1", "5, 2, 3, 0, 0", "6, 2, 3, 1, 0",
			"7, 2, 3, 1, 2", "8, 2, 3, 0, 2" })
	void movesTopLeftPixelWhereTheTagSays(int exifValue, int width, int height, int markedX, int markedY) {
		BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		stored.setRGB(0, 0, MARKED);

		BufferedImage displayed = Orientation.of(exifValue).apply(stored);

		assertThat(displayed.getWidth()).isEqualTo(width);
		assertThat(displayed.getHeight()).isEqualTo(height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean marked = x == markedX && y == markedY;
				assertThat(displayed.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(marked ? MARKED : 0);
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "0, NORMAL", "1, NORMAL", "5, TRANSPOSE", "8, ROTATE_90_ANTICLOCKWISE", "9, NORMAL", "-1, NORMAL" })
	void readsExifValue(int exifValue, Orientation orientation) {
		assertThat(Orientation.of(exifValue)).isEqualTo(orientation);
	}

	@ParameterizedTest
	@CsvSource({ "1, 40, 30", "3, 40, 30", "5, 30, 40", "6, 30, 40", "8, 30, 40" })
	void swapsDisplayedSidesForQuarterTurns(int exifValue, int width, int height) {
		assertThat(Orientation.of(exifValue).displayed(new Dimensions(40, 30)))
			.isEqualTo(new Dimensions(width, height));
	}

}
