package com.photoapp.storage.upload;

import java.text.Normalizer;
import java.util.regex.Pattern;

import com.photoapp.storage.image.ImageType;

/**
 * Turns a client's file name into display data: Unicode NFC, no directories, no control or
 * formatting characters, at most {@value #MAX_LENGTH} characters.
 */
public final class FileNames {

	static final int MAX_LENGTH = 255;

	// Format characters include the bidirectional overrides that can disguise an extension; line and
	// paragraph separators break lines like a newline does; a lone surrogate is no character at all.
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]");

	private static final Pattern ONLY_DOTS = Pattern.compile("\\.*");

	private FileNames() {
	}

	/**
	 * Cleans a name before the type of the file is known.
	 * @param name the name the client sent, may be {@code null}
	 * @return the cleaned name, {@code photo} if nothing is left
	 */
	public static String sanitise(String name) {
		String cleaned = clean(name);
		return ONLY_DOTS.matcher(cleaned).matches() ? "photo" : truncate(cleaned);
	}

	/**
	 * Cleans a name, falling back to {@code photo} with the extension of the type.
	 * @param name the name the client sent, may be {@code null}
	 * @param type the type decided from the bytes
	 * @return the cleaned name
	 */
	public static String sanitise(String name, ImageType type) {
		String cleaned = clean(name);
		return ONLY_DOTS.matcher(cleaned).matches() ? "photo." + type.extension() : truncate(cleaned);
	}

	private static String clean(String name) {
		// NFC first, so that one name has one spelling whichever platform composed it.
		String normalised = (name != null) ? Normalizer.normalize(name, Normalizer.Form.NFC) : "";
		return INVISIBLE.matcher(lastSegment(normalised)).replaceAll("").strip();
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
