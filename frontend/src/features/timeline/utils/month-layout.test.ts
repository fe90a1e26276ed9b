import { describe, expect, it } from 'vitest';
import {
  formatMonth,
  gridLayout,
  layoutMonths,
  rowsInView,
  sectionAt,
  totalHeight,
  type GridLayout,
} from './month-layout';

const layout: GridLayout = {
  columns: 4,
  tileSize: 96,
  gap: 4,
  headerHeight: 50,
};

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

describe('formatMonth', () => {
  it('names a UTC month whatever the time zone', () => {
    expect(formatMonth('2026-01')).toBe('January 2026');
  });
});

describe('layoutMonths', () => {
  it('gives each month a heading and the rows its count needs', () => {
    const sections = layoutMonths(
      [
        { month: '2026-12', count: 9 },
        { month: '2026-11', count: 2 },
      ],
      layout,
    );

    expect(sections).toEqual([
      expect.objectContaining({ month: '2026-12', top: 0, rows: 3 }),
      expect.objectContaining({ month: '2026-11', top: 350, rows: 1 }),
    ]);
    expect(sections[0]!.height).toBe(50 + 3 * 100);
    expect(sections[0]!.label).toBe('December 2026');
    expect(totalHeight(sections)).toBe(350 + 150);
  });

  it('follows the column count, so a narrower window is taller', () => {
    const months = [{ month: '2026-12', count: 12 }];

    const wide = layoutMonths(months, layout);
    const narrow = layoutMonths(months, { ...layout, columns: 3 });

    expect(totalHeight(narrow) - totalHeight(wide)).toBe(100);
  });

  it('is as tall as 10 000 photos need before any is loaded', () => {
    const months = Array.from({ length: 100 }, (_, i) => ({
      month: `20${String(17 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}`,
      count: 100,
    }));

    expect(totalHeight(layoutMonths(months, layout))).toBe(
      100 * (50 + 25 * 100),
    );
  });
});

describe('sectionAt', () => {
  const sections = layoutMonths(
    [
      { month: '2026-03', count: 4 },
      { month: '2026-02', count: 4 },
      { month: '2026-01', count: 4 },
    ],
    layout,
  );

  it('finds the month an offset falls in', () => {
    expect(sectionAt(sections, 0)).toBe(0);
    expect(sectionAt(sections, 149)).toBe(0);
    expect(sectionAt(sections, 150)).toBe(1);
    expect(sectionAt(sections, 10_000)).toBe(2);
  });

  it('answers the first month above the timeline', () => {
    expect(sectionAt(sections, -40)).toBe(0);
  });
});

describe('rowsInView', () => {
  // Two months of 4 000 photos: a header of 50 and 1 000 rows of 100 each.
  const sections = layoutMonths(
    [
      { month: '2026-12', count: 4_000 },
      { month: '2026-11', count: 4_001 },
    ],
    layout,
  );

  it('mounts only the rows that meet the viewport, plus the overscan', () => {
    const rows = rowsInView(sections, layout, 50 + 100 * 500, 800, 2);

    expect(rows.map((row) => row.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-12-${498 + i}`),
    );
  });

  it('says which photos of its month each row holds', () => {
    const rows = rowsInView(sections, layout, 0, 300, 0);

    expect(rows[0]).toMatchObject({ kind: 'header', label: 'December 2026' });
    expect(rows[1]).toMatchObject({ kind: 'tiles', first: 0, length: 4 });
    expect(rows[2]).toMatchObject({ kind: 'tiles', first: 4, top: 150 });
  });

  it('crosses into the next month with its heading', () => {
    const end = totalHeight(sections.slice(0, 1));

    const rows = rowsInView(sections, layout, end - 150, 300, 0);

    expect(rows.map((row) => row.key)).toEqual([
      '2026-12-998',
      '2026-12-999',
      'h-2026-11',
      '2026-11-0',
    ]);
  });

  it('ends with a short last row', () => {
    const bottom = totalHeight(sections);

    const rows = rowsInView(sections, layout, bottom - 100, 100, 0);

    expect(rows).toEqual([
      expect.objectContaining({ key: '2026-11-1000', first: 4000, length: 1 }),
    ]);
  });

  it('is empty when there are no months', () => {
    expect(rowsInView([], layout, 0, 800, 2)).toEqual([]);
  });
});
