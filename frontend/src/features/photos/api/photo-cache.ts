import type {
  InfiniteData,
  QueryClient,
  QueryKey,
} from '@tanstack/react-query';
import {
  photoKeys,
  type Photo,
  type PhotoFilter,
  type PhotoPage,
} from './photos-api';

type Library = InfiniteData<PhotoPage, string | null>;

/** The cached listings as they were, to put back when a change fails. */
export type LibrarySnapshot = [QueryKey, Library | undefined][];

// Refetching an infinite query reloads every page the person has scrolled
// through, so uploads, deletions and edits change the cached pages instead
// and only mark the listings stale for their next natural refetch.
export function addToLibrary(queryClient: QueryClient, photo: Photo): void {
  updateLibrary(queryClient, 'all', (library) => {
    if (contains(library, photo.id)) {
      return library;
    }
    const [first, ...rest] = library.pages;
    const items = [photo, ...(first?.items ?? [])];
    return {
      ...library,
      pages: [{ items, nextCursor: first?.nextCursor ?? null }, ...rest],
    };
  });
  if (photo.favourite) {
    updateLibrary(queryClient, 'favourites', (l) => insertSorted(l, photo));
  }
}

/** Puts a photo back where the listing's order has it, as after a restore. */
export function insertIntoLibraries(
  queryClient: QueryClient,
  photo: Photo,
): void {
  updateLibrary(queryClient, 'all', (library) => insertSorted(library, photo));
  if (photo.favourite) {
    updateLibrary(queryClient, 'favourites', (l) => insertSorted(l, photo));
  }
}

export function removeFromLibraries(
  queryClient: QueryClient,
  id: string,
): void {
  updateLibraries(queryClient, (library) =>
    mapItems(library, (items) => items.filter((photo) => photo.id !== id)),
  );
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
  return library.pages.some((page) => page.items.some((p) => p.id === id));
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
    queryKey: photoKeys.lists(),
    refetchType: 'none',
  });
}
