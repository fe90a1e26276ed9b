import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  photosQueryOptions,
  type Photo,
  type PhotoFilter,
} from '../api/photos-api';

/** Every loaded photo, newest first, and the way to load the next page. */
export function usePhotos(
  filter: PhotoFilter = 'all',
  { enabled = true }: { enabled?: boolean } = {},
) {
  const query = useInfiniteQuery({ ...photosQueryOptions(filter), enabled });
  const photos = useMemo<Photo[]>(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  return { ...query, photos };
}
