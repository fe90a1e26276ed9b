package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A photo's position in a newest-first listing, ordered by {@code sortAt} then {@code id}, both
 * descending. The id breaks ties so that keyset pagination never skips or repeats a photo.
 *
 * @param sortAt the instant the listing sorts by: capture time (or upload time when unknown) in the
 * timeline, trashing time in the trash
 * @param id the photo id
 */
public record SortKey(Instant sortAt, UUID id) {

	public SortKey {
		Objects.requireNonNull(sortAt, "sortAt");
		Objects.requireNonNull(id, "id");
	}

}
