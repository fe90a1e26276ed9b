import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Photo } from '../../photos/api/photos-api';
import { monthPhotosQueryOptions } from '../api/timeline-api';

/**
 * The loaded photos of one month, loading further pages until the first
 * `needed` are there. Every mounted row of the month shares the one query.
 */
export function useMonthPhotos(month: string, needed: number) {
  const query = useInfiniteQuery(monthPhotosQueryOptions(month));
  const photos = useMemo<Photo[]>(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const short = photos.length < needed;

  useEffect(() => {
    if (short && hasNextPage && !isFetchingNextPage) {
      // Several rows ask at once; the page already on its way answers all.
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [short, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return { ...query, photos };
}
