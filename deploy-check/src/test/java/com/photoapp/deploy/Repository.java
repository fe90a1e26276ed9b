package com.photoapp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The repository under test, and copies of parts of it that a test may break.
 */
final class Repository {

	private Repository() {
	}

	static Path root() {
		String configured = System.getProperty("photoapp.root");
		Path root = Path.of((configured != null) ? configured : "..").toAbsolutePath().normalize();
		if (!Files.isRegularFile(root.resolve("docker-compose.yml"))) {
			throw new IllegalStateException(root + " is not the repository's root");
		}
		return root;
	}

	/**
	 * Copies a directory of the repository into {@code target}, keeping its relative path.
	 * @param relative such as {@code deploy/k8s}
	 * @param target a temporary directory
	 * @return the copy
	 */
	static Path copy(String relative, Path target) {
		Path source = root().resolve(relative);
		Path copy = target.resolve(relative);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path destination = copy.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(file, destination);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return copy;
	}

	/** Replaces the one occurrence of {@code from} in a file, failing if there is not exactly one. */
	static void replace(Path file, String from, String to) {
		try {
			String text = Files.readString(file);
			int first = text.indexOf(from);
			if (first < 0 || text.indexOf(from, first + 1) >= 0) {
				throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
			}
			Files.writeString(file, text.replace(from, to));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
