package com.photoapp.photo.timeline;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.photoapp.photo.catalogue.SortKey;

/**
 * The opaque {@code cursor} of a listing: the sort key of the last photo on a page, as base64url.
 * Clients must not build or read it, so its layout can change; a value that does not decode is the
 * client's error, never the server's.
 */
final class TimelineCursor {

	// An encoded key is about 80 characters; anything much longer is not one of ours.
	private static final int MAX_LENGTH = 200;

	private static final char SEPARATOR = '~';

	private TimelineCursor() {
	}

	static String encode(SortKey key) {
		String plain = key.sortAt().toString() + SEPARATOR + key.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static SortKey decode(String cursor) {
		if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
			throw new InvalidCursorException();
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int separator = plain.indexOf(SEPARATOR);
			if (separator < 0) {
				throw new InvalidCursorException();
			}
			return new SortKey(Instant.parse(plain.substring(0, separator)),
					UUID.fromString(plain.substring(separator + 1)));
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new InvalidCursorException();
		}
	}

}
