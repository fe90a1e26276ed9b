package com.photoapp.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throwaway directories for test infrastructure, removed again when the component stops. */
final class TempDirectories {

	private TempDirectories() {
	}

	/**
	 * A new directory other users may pass through: PostgreSQL runs as {@code nobody} when the JVM is
	 * root and must reach its data directory inside.
	 */
	static Path create(String prefix) {
		try {
			return Files.createTempDirectory(prefix,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("Could not remove " + root + ": " + ex.getClass().getSimpleName());
		}
	}

}
