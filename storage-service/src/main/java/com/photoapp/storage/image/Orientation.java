package com.photoapp.storage.image;

import java.awt.image.BufferedImage;

/**
 * The eight EXIF orientations (TIFF 6.0 tag 274): how stored rows and columns map to the displayed
 * picture. Derivatives are turned so that they display right without the tag.
 */
enum Orientation {

	NORMAL, MIRROR_HORIZONTAL, ROTATE_180, MIRROR_VERTICAL, TRANSPOSE, ROTATE_90_CLOCKWISE, TRANSVERSE,
	ROTATE_90_ANTICLOCKWISE;

	/** The orientation of an EXIF value; values outside 1-8 are treated as 1, as viewers do. */
	static Orientation of(int exifValue) {
		return (exifValue >= 1 && exifValue <= 8) ? values()[exifValue - 1] : NORMAL;
	}

	/** Whether displaying swaps width and height (EXIF values 5 to 8). */
	boolean swapsAxes() {
		return ordinal() >= TRANSPOSE.ordinal();
	}

	Dimensions displayed(Dimensions stored) {
		return swapsAxes() ? new Dimensions(stored.height(), stored.width()) : stored;
	}

	BufferedImage apply(BufferedImage stored) {
		if (this == NORMAL) {
			return stored;
		}
		int width = stored.getWidth();
		int height = stored.getHeight();
		int[] source = stored.getRGB(0, 0, width, height, null, 0, width);
		int displayedWidth = swapsAxes() ? height : width;
		int displayedHeight = swapsAxes() ? width : height;
		int[] target = new int[source.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				target[targetIndex(x, y, width, height, displayedWidth)] = source[y * width + x];
			}
		}
		BufferedImage displayed = new BufferedImage(displayedWidth, displayedHeight, BufferedImage.TYPE_INT_RGB);
		displayed.setRGB(0, 0, displayedWidth, displayedHeight, target, 0, displayedWidth);
		return displayed;
	}

	private int targetIndex(int x, int y, int width, int height, int displayedWidth) {
		return switch (this) {
			case NORMAL -> y * displayedWidth + x;
			case MIRROR_HORIZONTAL -> y * displayedWidth + (width - 1 - x);
			case ROTATE_180 -> (height - 1 - y) * displayedWidth + (width - 1 - x);
			case MIRROR_VERTICAL -> (height - 1 - y) * displayedWidth + x;
			case TRANSPOSE -> x * displayedWidth + y;
			case ROTATE_90_CLOCKWISE -> x * displayedWidth + (height - 1 - y);
			case TRANSVERSE -> (width - 1 - x) * displayedWidth + (height - 1 - y);
			case ROTATE_90_ANTICLOCKWISE -> (width - 1 - x) * displayedWidth + y;
		};
	}

}
