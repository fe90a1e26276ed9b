import type { Photo, PhotoPage } from '../../photos/api/photos-api';

/** The photos the viewer can step through, and the months they span. */
export interface ViewerRun {
  photos: Photo[];
  /** Index of the newest month in the run. */
  first: number;
  /** Index of the oldest month in the run. */
  last: number;
}

/**
 * The loaded photos around `id` with no gap between them: a newer month only
 * if it is loaded to its end, an older one only after a month loaded to its
 * end. Stepping from the edge then never skips a photo not loaded yet.
 * `months` holds each month's cached pages, newest month first.
 */
export function viewerRun(
  months: (PhotoPage[] | undefined)[],
  id: string,
): ViewerRun | undefined {
  const open = months.findIndex((pages) =>
    pages?.some((page) => page.items.some((photo) => photo.id === id)),
  );
  if (open < 0) {
    return undefined;
  }
  const complete = (i: number) => isComplete(months[i]);
  let first = open;
  while (first > 0 && complete(first - 1)) {
    first--;
  }
  let last = open;
  while (complete(last) && months[last + 1]) {
    last++;
  }
  const photos = months
    .slice(first, last + 1)
    .flatMap((pages = []) => pages.flatMap((page) => page.items));
  return { photos, first, last };
}

/** Whether the month's cached pages reach its end. */
export function isComplete(pages: PhotoPage[] | undefined): boolean {
  return pages?.at(-1)?.nextCursor === null;
}
