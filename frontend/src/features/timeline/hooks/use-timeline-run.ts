import {
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Photo, PhotoPage } from '../../photos/api/photos-api';
import {
  monthCountsQueryOptions,
  monthPhotosQueryOptions,
  timelineKeys,
} from '../api/timeline-api';
import type { MonthCount } from '../utils/month-layout';
import { isComplete, viewerRun } from '../utils/viewer-run';

type Month = InfiniteData<PhotoPage, string | null> | undefined;

const NO_MONTHS: MonthCount[] = [];
const NO_PHOTOS: Photo[] = [];

/**
 * The photos the viewer steps through while `openId` is open in the
 * timeline. At either end of what is loaded, the next month is loaded whole,
 * so "next" and "previous" cross months and reach the whole library.
 */
export function useTimelineRun(openId: string | undefined): Photo[] {
  const enabled = openId !== undefined;
  const counts = useQuery({ ...monthCountsQueryOptions(), enabled });
  const months = counts.data ?? NO_MONTHS;
  const cached = useCachedMonths(months, enabled);
  const run = useMemo(
    () =>
      openId === undefined
        ? undefined
        : viewerRun(
            cached.map((month) => month?.pages),
            openId,
          ),
    [cached, openId],
  );
  const photos = run?.photos ?? NO_PHOTOS;
  const position = photos.findIndex((photo) => photo.id === openId);
  const atEnd = run !== undefined && position === photos.length - 1;
  const lastLoaded = run && isComplete(cached[run.last]?.pages);
  const after = run && months[lastLoaded ? run.last + 1 : run.last];
  const before = run && months[run.first - 1];

  useWholeMonth(atEnd ? after?.month : undefined);
  useWholeMonth(position === 0 ? before?.month : undefined);
  return photos;
}

function useWholeMonth(month: string | undefined) {
  const query = useInfiniteQuery({
    ...monthPhotosQueryOptions(month ?? ''),
    enabled: month !== undefined,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const wanted = month !== undefined;

  useEffect(() => {
    if (wanted && hasNextPage && !isFetchingNextPage) {
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [wanted, hasNextPage, isFetchingNextPage, fetchNextPage]);
}

/** Each month's cached listing, read again whenever the cache changes. */
function useCachedMonths(months: MonthCount[], enabled: boolean): Month[] {
  const queryClient = useQueryClient();
  const [store] = useState(() => new CachedMonths(queryClient));
  return useSyncExternalStore(enabled ? store.subscribe : ignoreChanges, () =>
    store.read(months),
  );
}

// useSyncExternalStore wants the same array back while nothing changed, so
// the last answer is kept and returned again when every month is the same.
class CachedMonths {
  private last: Month[] = [];

  constructor(private readonly queryClient: QueryClient) {}

  subscribe = (onChange: () => void) =>
    this.queryClient.getQueryCache().subscribe(onChange);

  read(months: MonthCount[]): Month[] {
    const next = months.map(({ month }) =>
      this.queryClient.getQueryData<NonNullable<Month>>(
        timelineKeys.month(month),
      ),
    );
    const same =
      next.length === this.last.length &&
      next.every((month, i) => month === this.last[i]);
    if (!same) {
      this.last = next;
    }
    return this.last;
  }
}

function ignoreChanges(): () => void {
  return () => {};
}
