import type {
  InfiniteData,
  QueryClient,
  QueryKey,
} from '@tanstack/react-query';
import { timelineKeys } from '../../timeline/api/timeline-api';
import { photoMonth } from '../../timeline/utils/group-by-month';
import type { MonthCount } from '../../timeline/utils/month-layout';
import {
  photoKeys,
  type Photo,
  type PhotoFilter,
  type PhotoPage,
} from './photos-api';

type Library = InfiniteData<PhotoPage, string | null>;

/** The cached listings as they were, to put back when a change fails. */
export type LibrarySnapshot = [QueryKey, Library | undefined][];

// Refetching an infinite query reloads every page already loaded, so edits
// change the cached pages at once. The favourites listing is then only
// marked stale; a month (a few pages at most) and the month counts are
// refetched, so the timeline's layout follows the server's count.

/** A photo joins the library, as after an upload or a restore. */
export function addToLibraries(queryClient: QueryClient, photo: Photo): void {
  const month = photoMonth(photo);
  const key = timelineKeys.month(month);
  const library = queryClient.getQueryData<Library>(key);
  if (library) {
    const changed = insertSorted(library, photo);
    if (changed !== library) {
      queryClient.setQueryData(key, changed);
      changeCount(queryClient, month, 1);
    }
  }
  refreshTimeline(queryClient, [month]);
  if (photo.favourite) {
    updateLibrary(queryClient, 'favourites', (l) => insertSorted(l, photo));
  }
}

export function removeFromLibraries(
  queryClient: QueryClient,
  id: string,
): void {
  const months = cachedMonths(queryClient)
    .map((library) => findIn(library, id))
    .filter((photo) => photo !== undefined)
    .map(photoMonth);
  updateLibraries(queryClient, (library) =>
    mapItems(library, (items) => items.filter((photo) => photo.id !== id)),
  );
  months.forEach((month) => changeCount(queryClient, month, -1));
  refreshTimeline(queryClient, months);
}

export function replaceInLibraries(
  queryClient: QueryClient,
  photo: Photo,
): void {
  updateLibraries(queryClient, (library) =>
    mapItems(library, (items) =>
      items.map((item) => (item.id === photo.id ? photo : item)),
    ),
  );
}

/**
 * Refetches the month counts and these months if they are on screen (others
 * are refetched when next shown).
 */
export function refreshTimeline(
  queryClient: QueryClient,
  months: string[],
): void {
  void queryClient.invalidateQueries({ queryKey: timelineKeys.counts() });
  months.forEach(
    (month) =>
      void queryClient.invalidateQueries({
        queryKey: timelineKeys.month(month),
      }),
  );
}

// An unmarked photo stays in the favourites listing until it is next loaded,
// so the viewer open on it stays put and a second tap undoes the first.
export function markFavourite(
  queryClient: QueryClient,
  photo: Photo,
  favourite: boolean,
): void {
  replaceInLibraries(queryClient, { ...photo, favourite });
  if (favourite) {
    updateLibrary(queryClient, 'favourites', (library) =>
      insertSorted(library, { ...photo, favourite }),
    );
  }
}

// Fetches in flight are not cancelled: cancelling a next page would leave the
// infinite scroll waiting for a new intersection, and the server's answer
// to the change is written over whatever such a fetch brings.
export function snapshotLibraries(queryClient: QueryClient): LibrarySnapshot {
  return queryClient.getQueriesData<Library>({ queryKey: photoKeys.lists() });
}

export function restoreLibraries(
  queryClient: QueryClient,
  snapshot: LibrarySnapshot,
): void {
  snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data));
}

/** Newest first by the date the timeline shows, as the catalogue sorts. */
export function comparePhotos(a: Photo, b: Photo): number {
  const byDate =
    Date.parse(b.takenAt ?? b.uploadedAt) -
    Date.parse(a.takenAt ?? a.uploadedAt);
  return byDate || b.id.localeCompare(a.id);
}

// A photo older than every loaded one arrives with a later page, unless the
// listing is complete already.
function insertSorted(library: Library, photo: Photo): Library {
  if (contains(library, photo.id)) {
    return library;
  }
  const pages = [...library.pages];
  for (let p = 0; p < pages.length; p++) {
    const page = pages[p]!;
    const index = page.items.findIndex(
      (item) => comparePhotos(photo, item) < 0,
    );
    if (index >= 0) {
      const items = [...page.items];
      items.splice(index, 0, photo);
      pages[p] = { ...page, items };
      return { ...library, pages };
    }
  }
  const last = pages.at(-1);
  if (!last || last.nextCursor !== null) {
    return library;
  }
  pages[pages.length - 1] = { ...last, items: [...last.items, photo] };
  return { ...library, pages };
}

function contains(library: Library, id: string): boolean {
  return findIn(library, id) !== undefined;
}

function findIn(library: Library, id: string): Photo | undefined {
  for (const page of library.pages) {
    const photo = page.items.find((item) => item.id === id);
    if (photo) {
      return photo;
    }
  }
  return undefined;
}

function cachedMonths(queryClient: QueryClient): Library[] {
  return queryClient
    .getQueriesData<Library>({ queryKey: timelineKeys.months() })
    .map(([, library]) => library)
    .filter((library) => library !== undefined);
}

// The count moves with the cached month at once, so the layout has a slot
// for every tile shown until the refetched counts arrive.
function changeCount(
  queryClient: QueryClient,
  month: string,
  delta: number,
): void {
  queryClient.setQueryData<MonthCount[]>(timelineKeys.counts(), (months) => {
    if (!months) {
      return months;
    }
    const index = months.findIndex((entry) => entry.month <= month);
    const entry = months[index];
    const changed = [...months];
    if (entry?.month === month) {
      changed.splice(index, 1, { month, count: entry.count + delta });
    } else if (delta > 0) {
      changed.splice(index < 0 ? months.length : index, 0, {
        month,
        count: delta,
      });
    }
    return changed.filter((m) => m.count > 0);
  });
}

function mapItems(
  library: Library,
  change: (items: Photo[]) => Photo[],
): Library {
  return {
    ...library,
    pages: library.pages.map((page) => ({
      ...page,
      items: change(page.items),
    })),
  };
}

function updateLibrary(
  queryClient: QueryClient,
  filter: PhotoFilter,
  update: (library: Library) => Library,
): void {
  queryClient.setQueryData<Library>(
    photoKeys.list(filter),
    (library) => library && update(library),
  );
  void queryClient.invalidateQueries({
    queryKey: photoKeys.list(filter),
    refetchType: 'none',
  });
}

function updateLibraries(
  queryClient: QueryClient,
  update: (library: Library) => Library,
): void {
  queryClient.setQueriesData<Library>(
    { queryKey: photoKeys.lists() },
    (library) => library && update(library),
  );
  void queryClient.invalidateQueries({
    queryKey: photoKeys.list('favourites'),
    refetchType: 'none',
  });
}
