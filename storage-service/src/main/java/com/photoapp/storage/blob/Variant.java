package com.photoapp.storage.blob;

import java.util.Arrays;

/**
 * The stored renditions of a photo; each is one blob under the photo's prefix.
 */
public enum Variant {

	/** The bytes exactly as uploaded. */
	ORIGINAL("original"),

	/** A small JPEG for grids, re-encoded without metadata. */
	THUMB("thumb"),

	/** A screen-sized JPEG for viewing, re-encoded without metadata. */
	PREVIEW("preview");

	private final String key;

	Variant(String key) {
		this.key = key;
	}

	/**
	 * The last segment of the blob name, also the value clients use to ask for the variant.
	 * @return the key segment
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Whether the service made this rendition itself; such blobs never change under their key.
	 * @return {@code true} for every variant but the original
	 */
	public boolean isDerivative() {
		return this != ORIGINAL;
	}

	/**
	 * Finds the variant a client asked for by its key.
	 * @param key the key segment, for example {@code thumb}
	 * @return the variant
	 * @throws IllegalArgumentException if no variant has that key
	 */
	public static Variant fromKey(String key) {
		return Arrays.stream(values())
			.filter((variant) -> variant.key.equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown variant"));
	}

}
