import { describe, expect, it } from 'vitest';
import { aPhoto } from '../../../test/photos';
import type { MonthGroup } from './group-by-month';
import {
  buildRows,
  gridLayout,
  totalHeight,
  visibleRange,
  type GridLayout,
} from './virtual-rows';

const layout: GridLayout = {
  columns: 4,
  tileSize: 96,
  gap: 4,
  headerHeight: 50,
};

function month(key: string, count: number): MonthGroup {
  const photos = Array.from({ length: count }, (_, i) =>
    aPhoto({ id: `${key}-${i}` }),
  );
  return { key, label: key, photos };
}

describe('gridLayout', () => {
  it('fits three columns on a phone', () => {
    expect(gridLayout(343).columns).toBe(3);
  });

  it('fits more columns on a wide screen, filling the width', () => {
    const wide = gridLayout(1200);

    expect(wide.columns).toBeGreaterThanOrEqual(6);
    expect(wide.columns * wide.tileSize + (wide.columns - 1) * wide.gap).toBe(
      1200,
    );
  });
});

describe('buildRows', () => {
  it('gives each month a heading and rows of at most one column count', () => {
    const rows = buildRows([month('2026-12', 9), month('2026-11', 2)], layout);

    expect(rows.map((row) => row.kind)).toEqual([
      'header',
      'tiles',
      'tiles',
      'tiles',
      'header',
      'tiles',
    ]);
    expect(
      rows.map((row) => (row.kind === 'tiles' ? row.photos.length : 0)),
    ).toEqual([0, 4, 4, 1, 0, 2]);
  });

  it('stacks rows without gaps or overlaps', () => {
    const rows = buildRows([month('a', 5), month('b', 1)], layout);

    expect(rows.map((row) => row.top)).toEqual([0, 50, 150, 250, 300]);
    expect(totalHeight(rows)).toBe(400);
  });
});

describe('visibleRange', () => {
  // 10 000 photos in one month: a header of 50 and 2 500 rows of 100.
  const rows = buildRows([month('big', 10_000)], layout);

  it('mounts only the rows that meet the viewport, plus the overscan', () => {
    const range = visibleRange(rows, 50 + 100 * 1000, 800, 2);

    expect(range).toEqual({ start: 999, end: 1012 });
  });

  it('starts at the first row at the top of the page', () => {
    expect(visibleRange(rows, 0, 300, 2)).toEqual({ start: 0, end: 6 });
  });

  it('stops at the last row at the bottom of the page', () => {
    const bottom = totalHeight(rows);

    expect(visibleRange(rows, bottom - 300, 300, 2).end).toBe(rows.length);
  });

  it('is empty when there are no rows', () => {
    expect(visibleRange([], 0, 800, 2)).toEqual({ start: 0, end: 0 });
  });
});
