import { describe, expect, it } from 'vitest';
import { aPhoto } from '../../../test/photos';
import { groupByMonth } from './group-by-month';

describe('groupByMonth', () => {
  it('puts photos of one month under one heading, newest month first', () => {
    const photos = [
      aPhoto({ id: 'a', uploadedAt: '2026-12-20T10:00:00Z' }),
      aPhoto({ id: 'b', uploadedAt: '2026-12-02T10:00:00Z' }),
      aPhoto({ id: 'c', uploadedAt: '2026-11-15T10:00:00Z' }),
    ];

    const groups = groupByMonth(photos);

    expect(groups.map((g) => g.label)).toEqual([
      'December 2026',
      'November 2026',
    ]);
    expect(groups[0]!.photos.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('dates a photo by when it was taken rather than uploaded', () => {
    const photos = [
      aPhoto({
        id: 'old',
        takenAt: '2019-07-14T12:00:00Z',
        uploadedAt: '2026-12-20T10:00:00Z',
      }),
      aPhoto({ id: 'new', uploadedAt: '2026-12-19T10:00:00Z' }),
    ];

    const groups = groupByMonth(photos);

    expect(groups.map((g) => [g.label, g.photos.map((p) => p.id)])).toEqual([
      ['December 2026', ['new']],
      ['July 2019', ['old']],
    ]);
  });

  it('keeps the listing order inside a month', () => {
    const photos = [
      aPhoto({ id: 'x', takenAt: '2026-03-01T10:00:00Z' }),
      aPhoto({ id: 'y', takenAt: '2026-03-28T10:00:00Z' }),
    ];

    expect(groupByMonth(photos)[0]!.photos.map((p) => p.id)).toEqual([
      'x',
      'y',
    ]);
  });

  it('makes no groups for no photos', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
