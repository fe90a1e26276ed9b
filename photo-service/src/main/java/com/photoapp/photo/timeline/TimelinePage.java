package com.photoapp.photo.timeline;

import java.util.List;
import java.util.function.Function;

import com.photoapp.photo.catalogue.Photo;
import com.photoapp.photo.catalogue.PhotoResponse;
import com.photoapp.photo.catalogue.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * One page of a newest-first listing: the timeline, or the trash.
 *
 * @param items photos, newest first
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
 */
public record TimelinePage(List<PhotoResponse> items, @Nullable String nextCursor) {

	/**
	 * Reads one page.
	 * @param cursor the cursor of the previous page; {@code null} or empty for the first page
	 * @param limit the page size
	 * @param keyOf the key the listing is sorted by
	 * @param rows reads up to the given number of rows after the given key
	 * @return the page
	 * @throws InvalidCursorException when the cursor is not one this service returned
	 */
	public static TimelinePage of(@Nullable String cursor, int limit, Function<Photo, SortKey> keyOf, Rows rows) {
		// The contract's first-page form is "?cursor=&limit=", so an empty cursor means no cursor.
		SortKey after = StringUtils.hasLength(cursor) ? TimelineCursor.decode(cursor) : null;
		// One extra row tells whether another page exists without a count query.
		List<Photo> read = rows.read(after, limit + 1);
		boolean more = read.size() > limit;
		List<Photo> page = more ? read.subList(0, limit) : read;
		String nextCursor = more ? TimelineCursor.encode(keyOf.apply(page.getLast())) : null;
		return new TimelinePage(page.stream().map(PhotoResponse::of).toList(), nextCursor);
	}

	/** Reads a listing from the database. */
	@FunctionalInterface
	public interface Rows {

		List<Photo> read(@Nullable SortKey after, int limit);

	}

}
