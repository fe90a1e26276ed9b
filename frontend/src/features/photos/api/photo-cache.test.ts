import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { aPhoto } from '../../../test/photos';
import { insertIntoLibraries, markFavourite } from './photo-cache';
import { photoKeys, type Photo, type PhotoPage } from './photos-api';

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00Z`;
const taken = (id: string, d: number) => aPhoto({ id, takenAt: day(d) });

function cached(pages: { items: Photo[]; nextCursor: string | null }[]) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(photoKeys.list(), {
    pages,
    pageParams: pages.map((_, i) => (i === 0 ? null : `c${i}`)),
  });
  return queryClient;
}

function ids(queryClient: QueryClient, filter: 'all' | 'favourites' = 'all') {
  const library = queryClient.getQueryData<
    InfiniteData<PhotoPage, string | null>
  >(photoKeys.list(filter));
  return library?.pages.map((page) => page.items.map((photo) => photo.id));
}

describe('photo cache', () => {
  it('puts a restored photo back where its date places it', () => {
    const queryClient = cached([
      { items: [taken('a', 20), taken('b', 10)], nextCursor: 'c1' },
      { items: [taken('c', 5), taken('d', 1)], nextCursor: null },
    ]);

    insertIntoLibraries(queryClient, taken('r', 7));

    expect(ids(queryClient)).toEqual([
      ['a', 'b'],
      ['r', 'c', 'd'],
    ]);
  });

  it('leaves a photo older than every loaded one to the next page', () => {
    const queryClient = cached([
      { items: [taken('a', 20), taken('b', 10)], nextCursor: 'c1' },
    ]);

    insertIntoLibraries(queryClient, taken('r', 2));

    expect(ids(queryClient)).toEqual([['a', 'b']]);
  });

  it('appends it when the listing is complete', () => {
    const queryClient = cached([{ items: [taken('a', 20)], nextCursor: null }]);

    insertIntoLibraries(queryClient, taken('r', 2));

    expect(ids(queryClient)).toEqual([['a', 'r']]);
  });

  it('adds a new favourite to the cached favourites', () => {
    const queryClient = cached([
      { items: [taken('a', 20), taken('b', 10)], nextCursor: null },
    ]);
    queryClient.setQueryData(photoKeys.list('favourites'), {
      pages: [
        { items: [{ ...taken('a', 20), favourite: true }], nextCursor: null },
      ],
      pageParams: [null],
    });

    markFavourite(queryClient, taken('b', 10), true);

    expect(ids(queryClient, 'favourites')).toEqual([['a', 'b']]);
  });
});
