import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { photosQueryOptions, type Photo } from '../api/photos-api';

/** Every loaded photo, newest first, and the way to load the next page. */
export function usePhotos() {
  const query = useInfiniteQuery(photosQueryOptions());
  const photos = useMemo<Photo[]>(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  return { ...query, photos };
}
