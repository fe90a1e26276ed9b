/** How many photos one month holds, as GET /api/photos/timeline counts them. */
export interface MonthCount {
  /** The UTC month, written yyyy-MM. */
  month: string;
  count: number;
}

/** The grid's geometry for a given width. */
export interface GridLayout {
  columns: number;
  tileSize: number;
  gap: number;
  headerHeight: number;
}

/** Where one month sits in the timeline: its heading, then its rows. */
export interface MonthSection {
  month: string;
  label: string;
  count: number;
  top: number;
  height: number;
  rows: number;
}

/** One mounted row: a month heading, or a run of tiles given by position. */
export type TimelineRow =
  | { kind: 'header'; key: string; month: string; label: string; top: number }
  | {
      kind: 'tiles';
      key: string;
      month: string;
      /** The position in its month of the row's first photo. */
      first: number;
      length: number;
      top: number;
    };

const MIN_TILE = 110;
const PREFERRED_TILE = 180;
const GAP = 4;
const HEADER_HEIGHT = 52;

const monthLabel = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function gridLayout(width: number): GridLayout {
  const target = width < 600 ? MIN_TILE : PREFERRED_TILE;
  const columns = Math.max(3, Math.floor((width + GAP) / (target + GAP)));
  const tileSize = Math.max(1, (width - GAP * (columns - 1)) / columns);
  return { columns, tileSize, gap: GAP, headerHeight: HEADER_HEIGHT };
}

/** "November 2026" for "2026-11". */
export function formatMonth(month: string): string {
  return monthLabel.format(monthStart(month));
}

export function monthStart(month: string): Date {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1, 1));
}

/**
 * Stacks the months from their counts alone, so the page is as tall as the
 * whole library before any photo is loaded and any month can be reached.
 */
export function layoutMonths(
  months: MonthCount[],
  layout: GridLayout,
): MonthSection[] {
  const rowHeight = layout.tileSize + layout.gap;
  let top = 0;
  return months.map(({ month, count }) => {
    const rows = Math.ceil(count / layout.columns);
    const height = layout.headerHeight + rows * rowHeight;
    const section = { month, label: formatMonth(month), count, top, height };
    top += height;
    return { ...section, rows };
  });
}

export function totalHeight(sections: MonthSection[]): number {
  const last = sections.at(-1);
  return last ? last.top + last.height : 0;
}

/** The index of the month at this offset from the top: the last one above it. */
export function sectionAt(sections: MonthSection[], offset: number): number {
  let low = 0;
  let high = sections.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (sections[middle]!.top <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

// Sections are sorted by top and rows inside a section are all one height,
// so the rows in view are found by binary search and arithmetic: a frame of
// scrolling costs the same for 100 photos as for 100 000.
export function rowsInView(
  sections: MonthSection[],
  layout: GridLayout,
  viewTop: number,
  viewHeight: number,
  overscanRows: number,
): TimelineRow[] {
  if (sections.length === 0) {
    return [];
  }
  const rowHeight = layout.tileSize + layout.gap;
  const margin = overscanRows * rowHeight;
  const from = Math.max(0, viewTop - margin);
  const to = viewTop + viewHeight + margin;
  const rows: TimelineRow[] = [];
  for (let s = sectionAt(sections, from); s < sections.length; s++) {
    const section = sections[s]!;
    if (section.top >= to) {
      break;
    }
    rows.push(...sectionRows(section, layout, from, to));
  }
  return rows;
}

function sectionRows(
  section: MonthSection,
  layout: GridLayout,
  from: number,
  to: number,
): TimelineRow[] {
  const { month, label, count, top, rows } = section;
  const rowHeight = layout.tileSize + layout.gap;
  const rowsTop = top + layout.headerHeight;
  const found: TimelineRow[] = [];
  if (rowsTop > from) {
    found.push({ kind: 'header', key: `h-${month}`, month, label, top });
  }
  const firstRow = Math.max(0, Math.floor((from - rowsTop) / rowHeight));
  const lastRow = Math.min(rows - 1, Math.ceil((to - rowsTop) / rowHeight) - 1);
  for (let row = firstRow; row <= lastRow; row++) {
    const first = row * layout.columns;
    found.push({
      kind: 'tiles',
      key: `${month}-${row}`,
      month,
      first,
      length: Math.min(layout.columns, count - first),
      top: rowsTop + row * rowHeight,
    });
  }
  return found;
}
