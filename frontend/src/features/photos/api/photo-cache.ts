import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { photoKeys, type Photo, type PhotoPage } from './photos-api';

type Library = InfiniteData<PhotoPage, string | null>;

// Refetching an infinite query reloads every page the person has scrolled
// through, so uploads and deletions edit the cached pages instead and only
// mark the listing stale for its next natural refetch.
export function addToLibrary(queryClient: QueryClient, photo: Photo): void {
  updateLibrary(queryClient, (library) => {
    const known = library.pages.some((page) =>
      page.items.some((item) => item.id === photo.id),
    );
    if (known) {
      return library;
    }
    const [first, ...rest] = library.pages;
    const items = [photo, ...(first?.items ?? [])];
    return {
      ...library,
      pages: [{ items, nextCursor: first?.nextCursor ?? null }, ...rest],
    };
  });
}

export function removeFromLibrary(queryClient: QueryClient, id: string): void {
  updateLibrary(queryClient, (library) => ({
    ...library,
    pages: library.pages.map((page) => ({
      ...page,
      items: page.items.filter((photo) => photo.id !== id),
    })),
  }));
}

function updateLibrary(
  queryClient: QueryClient,
  update: (library: Library) => Library,
): void {
  queryClient.setQueryData<Library>(
    photoKeys.list(),
    (library) => library && update(library),
  );
  void queryClient.invalidateQueries({
    queryKey: photoKeys.list(),
    refetchType: 'none',
  });
}
