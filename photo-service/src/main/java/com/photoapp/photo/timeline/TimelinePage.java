package com.photoapp.photo.timeline;

import java.util.List;

import com.photoapp.photo.catalogue.PhotoResponse;
import org.jspecify.annotations.Nullable;

/**
 * One page of the timeline.
 *
 * @param items photos, newest first
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
 */
record TimelinePage(List<PhotoResponse> items, @Nullable String nextCursor) {

}
