package com.photoapp.photo.timeline;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.photoapp.photo.catalogue.MonthCount;
import com.photoapp.photo.catalogue.Photo;
import com.photoapp.photo.catalogue.PhotoRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Pages through an owner's photos with keyset pagination; OFFSET would slow down with depth. */
@Service
class Timeline {

	private final PhotoRepository photos;

	Timeline(PhotoRepository photos) {
		this.photos = photos;
	}

	TimelinePage page(UUID ownerId, @Nullable String cursor, int limit, boolean favouritesOnly,
			@Nullable YearMonth month) {
		return TimelinePage.of(cursor, limit, Photo::sortKey,
				(after, rows) -> this.photos.findNewestFirst(ownerId, after, rows, favouritesOnly, month));
	}

	List<MonthCount> months(UUID ownerId) {
		return this.photos.countByMonth(ownerId);
	}

}
