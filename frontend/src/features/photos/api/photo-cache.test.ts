import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { aPhoto } from '../../../test/photos';
import { timelineKeys } from '../../timeline/api/timeline-api';
import type { MonthCount } from '../../timeline/utils/month-layout';
import {
  addToLibraries,
  markFavourite,
  removeFromLibraries,
} from './photo-cache';
import { photoKeys, type Photo, type PhotoPage } from './photos-api';

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00Z`;
const taken = (id: string, d: number) => aPhoto({ id, takenAt: day(d) });

type Pages = { items: Photo[]; nextCursor: string | null }[];

function cachedMonth(pages: Pages, counts: MonthCount[] = []) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(timelineKeys.month('2026-11'), {
    pages,
    pageParams: pages.map((_, i) => (i === 0 ? null : `c${i}`)),
  });
  queryClient.setQueryData(timelineKeys.counts(), counts);
  return queryClient;
}

function ids(
  queryClient: QueryClient,
  key: readonly unknown[] = timelineKeys.month('2026-11'),
) {
  const listing =
    queryClient.getQueryData<InfiniteData<PhotoPage, string | null>>(key);
  return listing?.pages.map((page) => page.items.map((photo) => photo.id));
}

function counts(queryClient: QueryClient) {
  return queryClient.getQueryData<MonthCount[]>(timelineKeys.counts());
}

describe('photo cache', () => {
  it('puts a restored photo back where its date places it in its month', () => {
    const queryClient = cachedMonth([
      { items: [taken('a', 20), taken('b', 10)], nextCursor: 'c1' },
      { items: [taken('c', 5), taken('d', 1)], nextCursor: null },
    ]);

    addToLibraries(queryClient, taken('r', 7));

    expect(ids(queryClient)).toEqual([
      ['a', 'b'],
      ['r', 'c', 'd'],
    ]);
  });

  it('leaves a photo older than every loaded one to the next page', () => {
    const queryClient = cachedMonth([
      { items: [taken('a', 20), taken('b', 10)], nextCursor: 'c1' },
    ]);

    addToLibraries(queryClient, taken('r', 2));

    expect(ids(queryClient)).toEqual([['a', 'b']]);
  });

  it('counts a photo added to a loaded month at once', () => {
    const queryClient = cachedMonth(
      [{ items: [taken('a', 20)], nextCursor: null }],
      [
        { month: '2026-12', count: 3 },
        { month: '2026-11', count: 1 },
      ],
    );

    addToLibraries(queryClient, taken('r', 2));

    expect(ids(queryClient)).toEqual([['a', 'r']]);
    expect(counts(queryClient)).toEqual([
      { month: '2026-12', count: 3 },
      { month: '2026-11', count: 2 },
    ]);
  });

  it('drops the count of a month whose only photo goes to the trash', () => {
    const queryClient = cachedMonth(
      [{ items: [taken('a', 20)], nextCursor: null }],
      [
        { month: '2026-12', count: 3 },
        { month: '2026-11', count: 1 },
      ],
    );

    removeFromLibraries(queryClient, 'a');

    expect(ids(queryClient)).toEqual([[]]);
    expect(counts(queryClient)).toEqual([{ month: '2026-12', count: 3 }]);
  });

  it('marks the counts and the month for a refetch', () => {
    const queryClient = cachedMonth([{ items: [], nextCursor: null }]);

    addToLibraries(queryClient, taken('r', 2));

    const state = (key: readonly unknown[]) =>
      queryClient.getQueryState(key)?.isInvalidated;
    expect(state(timelineKeys.counts())).toBe(true);
    expect(state(timelineKeys.month('2026-11'))).toBe(true);
  });

  it('adds a new favourite to the cached favourites', () => {
    const queryClient = cachedMonth([
      { items: [taken('a', 20), taken('b', 10)], nextCursor: null },
    ]);
    queryClient.setQueryData(photoKeys.list('favourites'), {
      pages: [
        { items: [{ ...taken('a', 20), favourite: true }], nextCursor: null },
      ],
      pageParams: [null],
    });

    markFavourite(queryClient, taken('b', 10), true);

    expect(ids(queryClient, photoKeys.list('favourites'))).toEqual([
      ['a', 'b'],
    ]);
  });
});
