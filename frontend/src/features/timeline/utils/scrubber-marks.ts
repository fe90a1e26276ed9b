import type { MonthSection } from './month-layout';

/** A year named on the scrubber, at the fraction of the timeline it starts. */
export interface YearMark {
  year: string;
  at: number;
}

/** Where a month starts, as a fraction of the timeline's height. */
export function monthFractions(
  sections: MonthSection[],
  height: number,
): number[] {
  return sections.map((section) => (height > 0 ? section.top / height : 0));
}

// A year is named where its newest month starts, unless that would print it
// over the year above; the months between are then only ticks.
export function yearMarks(
  sections: MonthSection[],
  height: number,
  trackHeight: number,
  minGap: number,
): YearMark[] {
  const marks: YearMark[] = [];
  const seen = new Set<string>();
  let lastY = -Infinity;
  for (const section of sections) {
    const year = section.month.slice(0, 4);
    if (seen.has(year)) {
      continue;
    }
    seen.add(year);
    const at = height > 0 ? section.top / height : 0;
    if (at * trackHeight - lastY >= minGap) {
      marks.push({ year, at });
      lastY = at * trackHeight;
    }
  }
  return marks;
}

/** Which month the keyboard moves to from `index`, newest first. */
export function stepMonth(
  key: string,
  index: number,
  count: number,
): number | undefined {
  const steps: Record<string, number> = {
    ArrowUp: -1,
    ArrowRight: -1,
    ArrowDown: 1,
    ArrowLeft: 1,
    PageUp: -12,
    PageDown: 12,
    Home: -count,
    End: count,
  };
  const step = steps[key];
  if (step === undefined) {
    return undefined;
  }
  return Math.max(0, Math.min(count - 1, index + step));
}
