package com.photoapp.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the checkout's root directory, where the module folders, {@code deploy/} and {@code var/}
 * live. Tests run with a module folder as working directory, the launcher with the root, so the
 * search walks up from the working directory; {@code -Dphotoapp.root} overrides it.
 */
public final class RepositoryRoot {

	private RepositoryRoot() {
	}

	public static Path get() {
		String configured = System.getProperty("photoapp.root");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("devstack"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Cannot find the repository root above " + Path.of("").toAbsolutePath()
				+ "; set -Dphotoapp.root");
	}

}
