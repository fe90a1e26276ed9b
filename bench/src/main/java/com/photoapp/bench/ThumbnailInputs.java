package com.photoapp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the 20 JPEGs of 4000 x 3000 that the thumbnail figure runs over: four pictures, each in five
 * copies that differ by a comment, since making a camera-like JPEG takes longer than decoding one.
 * Argument: the folder.
 */
public final class ThumbnailInputs {

	private static final int PICTURES = 4;

	private static final int COPIES = 5;

	private ThumbnailInputs() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Files.createDirectories(Path.of(args[0]));
		for (int picture = 0; picture < PICTURES; picture++) {
			byte[] jpeg = SampleImages.photographicJpeg(4000, 3000, picture);
			for (int copy = 0; copy < COPIES; copy++) {
				String name = "photo-" + picture + "-" + copy;
				Files.write(dir.resolve(name + ".jpg"), SampleImages.withComment(jpeg, name));
			}
		}
	}

}
