package com.photoapp.storage.upload;

import java.util.regex.Pattern;

/**
 * Turns a client's file name into display data: no directories, no control or formatting
 * characters, at most {@value #MAX_LENGTH} characters.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	// Format characters include the bidirectional overrides that can disguise an extension.
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private static final Pattern ONLY_DOTS = Pattern.compile("\\.*");

	private FileNames() {
	}

	static String sanitise(String name, ImageType type) {
		String cleaned = (name != null) ? INVISIBLE.matcher(lastSegment(name)).replaceAll("").strip() : "";
		return ONLY_DOTS.matcher(cleaned).matches() ? "photo." + type.extension() : truncate(cleaned);
	}

	private static String lastSegment(String name) {
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

	private static String truncate(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int end = Character.isHighSurrogate(name.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
		return name.substring(0, end).strip();
	}

}
