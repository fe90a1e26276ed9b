package com.photoapp.photo.timeline;

import java.util.List;
import java.util.UUID;

import com.photoapp.photo.catalogue.Photo;
import com.photoapp.photo.catalogue.PhotoRepository;
import com.photoapp.photo.catalogue.PhotoResponse;
import com.photoapp.photo.catalogue.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/** Pages through an owner's photos with keyset pagination; OFFSET would slow down with depth. */
@Service
class Timeline {

	private final PhotoRepository photos;

	Timeline(PhotoRepository photos) {
		this.photos = photos;
	}

	TimelinePage page(UUID ownerId, @Nullable String cursor, int limit) {
		// The contract's first-page form is "?cursor=&limit=", so an empty cursor means no cursor.
		SortKey after = StringUtils.hasLength(cursor) ? TimelineCursor.decode(cursor) : null;
		// One extra row tells whether another page exists without a count query.
		List<Photo> rows = this.photos.findNewestFirst(ownerId, after, limit + 1);
		boolean more = rows.size() > limit;
		List<Photo> page = more ? rows.subList(0, limit) : rows;
		String nextCursor = more ? TimelineCursor.encode(page.getLast().sortKey()) : null;
		return new TimelinePage(page.stream().map(PhotoResponse::of).toList(), nextCursor);
	}

}
