package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A photo's position in the timeline, ordered by {@code sortAt} then {@code id}, both descending.
 * The id breaks ties so that keyset pagination never skips or repeats a photo.
 *
 * @param sortAt capture time, or upload time when the capture time is unknown
 * @param id the photo id
 */
public record SortKey(Instant sortAt, UUID id) {

	public SortKey {
		Objects.requireNonNull(sortAt, "sortAt");
		Objects.requireNonNull(id, "id");
	}

}
