import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { photoKeys, type PhotoPage } from '../../photos/api/photos-api';
import type { MonthCount } from '../utils/month-layout';

/** The API's largest page: most months arrive in one request. */
export const MONTH_PAGE_SIZE = 200;

// Our own changes refresh what they touch (see timeline-cache.ts); this only
// bounds how long another device's changes take to show.
const STALE_AFTER = 5 * 60_000;

// A month's listing sits under photoKeys.lists(), so edits that reach every
// cached listing (remove, rename, heart) reach the months too.
export const timelineKeys = {
  counts: () => [...photoKeys.all, 'timeline'] as const,
  months: () => [...photoKeys.lists(), 'month'] as const,
  month: (month: string) =>
    [...timelineKeys.months(), { month, limit: MONTH_PAGE_SIZE }] as const,
};

export async function getMonthCounts(
  signal?: AbortSignal,
): Promise<MonthCount[]> {
  const answer = await apiClient.getJson<{ months: MonthCount[] }>(
    '/api/photos/timeline',
    signal,
  );
  return answer.months.filter((entry) => entry.count > 0);
}

export function getMonthPhotos(
  month: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PhotoPage> {
  const params = new URLSearchParams({
    month,
    limit: String(MONTH_PAGE_SIZE),
  });
  if (cursor) {
    params.set('cursor', cursor);
  }
  return apiClient.getJson(`/api/photos?${params}`, signal);
}

export function monthCountsQueryOptions() {
  return queryOptions({
    queryKey: timelineKeys.counts(),
    queryFn: ({ signal }) => getMonthCounts(signal),
    staleTime: STALE_AFTER,
  });
}

export function monthPhotosQueryOptions(month: string) {
  return infiniteQueryOptions({
    queryKey: timelineKeys.month(month),
    queryFn: ({ pageParam, signal }) =>
      getMonthPhotos(month, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: STALE_AFTER,
  });
}
