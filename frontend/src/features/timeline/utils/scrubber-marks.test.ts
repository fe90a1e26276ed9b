import { describe, expect, it } from 'vitest';
import { layoutMonths, totalHeight, type GridLayout } from './month-layout';
import { monthFractions, stepMonth, yearMarks } from './scrubber-marks';

const layout: GridLayout = {
  columns: 4,
  tileSize: 96,
  gap: 4,
  headerHeight: 50,
};

const sections = layoutMonths(
  [
    { month: '2026-02', count: 40 },
    { month: '2026-01', count: 40 },
    { month: '2025-12', count: 1 },
    { month: '2025-11', count: 40 },
    { month: '2024-06', count: 79 },
  ],
  layout,
);
const height = totalHeight(sections);

describe('scrubber marks', () => {
  it('places each month where it starts, as a share of the timeline', () => {
    const fractions = monthFractions(sections, height);

    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeCloseTo(1050 / height);
    expect(fractions).toEqual([...fractions].sort());
  });

  it('names each year at its newest month', () => {
    expect(yearMarks(sections, height, 1000, 10)).toEqual([
      { year: '2026', at: 0 },
      { year: '2025', at: 2100 / height },
      { year: '2024', at: sections[4]!.top / height },
    ]);
  });

  it('leaves out a year that would print over the one above', () => {
    const marks = yearMarks(sections, height, 60, 30);

    expect(marks.map((mark) => mark.year)).toEqual(['2026', '2024']);
  });
});

describe('stepMonth', () => {
  it('moves a month with the arrows and a year with the page keys', () => {
    expect(stepMonth('ArrowDown', 3, 40)).toBe(4);
    expect(stepMonth('ArrowUp', 3, 40)).toBe(2);
    expect(stepMonth('PageDown', 3, 40)).toBe(15);
    expect(stepMonth('PageUp', 3, 40)).toBe(0);
  });

  it('goes to the newest and the oldest month with Home and End', () => {
    expect(stepMonth('Home', 20, 40)).toBe(0);
    expect(stepMonth('End', 20, 40)).toBe(39);
  });

  it('ignores other keys', () => {
    expect(stepMonth('a', 3, 40)).toBeUndefined();
  });
});
