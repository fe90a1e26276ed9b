package com.photoapp.photo.catalogue;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rule for display names, shared by registration and rename. A name is put in NFC and stripped
 * of surrounding white space, then refused rather than repaired when it is still unfit: a silent
 * rewrite would show the user a name they did not choose.
 */
final class FileNames {

	static final int MAX_CODE_POINTS = 255;

	// Control and format characters (the latter include the bidirectional overrides that can disguise
	// an extension), lone surrogates, line and paragraph separators, and both path separators.
	private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}/\\\\]");

	private static final Pattern ONLY_DOTS = Pattern.compile("\\.+");

	private FileNames() {
	}

	/**
	 * The name as stored.
	 * @param name the name as sent
	 * @return the normalised name
	 * @throws InvalidFileNameException when the normalised name is empty, longer than
	 * {@value #MAX_CODE_POINTS} code points, only dots, or holds a forbidden character
	 */
	static String clean(String name) {
		String cleaned = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
		if (cleaned.isEmpty() || cleaned.codePointCount(0, cleaned.length()) > MAX_CODE_POINTS
				|| ONLY_DOTS.matcher(cleaned).matches() || FORBIDDEN.matcher(cleaned).find()) {
			throw new InvalidFileNameException();
		}
		return cleaned;
	}

}
