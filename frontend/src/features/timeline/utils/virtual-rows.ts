import type { Photo } from '../../photos/api/photos-api';
import type { MonthGroup } from './group-by-month';

/** One row of the timeline: a month heading or a run of square tiles. */
export type TimelineRow =
  | { kind: 'header'; key: string; label: string; top: number; height: number }
  | {
      kind: 'tiles';
      key: string;
      photos: Photo[];
      top: number;
      height: number;
    };

/** The grid's geometry for a given width. */
export interface GridLayout {
  columns: number;
  tileSize: number;
  gap: number;
  headerHeight: number;
}

const MIN_TILE = 110;
const PREFERRED_TILE = 180;
const GAP = 4;
const HEADER_HEIGHT = 52;

export function gridLayout(width: number): GridLayout {
  const target = width < 600 ? MIN_TILE : PREFERRED_TILE;
  const columns = Math.max(3, Math.floor((width + GAP) / (target + GAP)));
  const tileSize = Math.max(1, (width - GAP * (columns - 1)) / columns);
  return { columns, tileSize, gap: GAP, headerHeight: HEADER_HEIGHT };
}

/** Lays the groups out as fixed-height rows, each knowing where it starts. */
export function buildRows(
  groups: MonthGroup[],
  layout: GridLayout,
): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let top = 0;
  const tileRowHeight = layout.tileSize + layout.gap;
  for (const group of groups) {
    rows.push({
      kind: 'header',
      key: `h-${group.key}`,
      label: group.label,
      top,
      height: layout.headerHeight,
    });
    top += layout.headerHeight;
    for (let start = 0; start < group.photos.length; start += layout.columns) {
      const photos = group.photos.slice(start, start + layout.columns);
      rows.push({
        kind: 'tiles',
        key: `${group.key}-${start}`,
        photos,
        top,
        height: tileRowHeight,
      });
      top += tileRowHeight;
    }
  }
  return rows;
}

export function totalHeight(rows: TimelineRow[]): number {
  const last = rows.at(-1);
  return last ? last.top + last.height : 0;
}

/** The half-open index range [start, end) of rows that meet the viewport. */
export interface RowRange {
  start: number;
  end: number;
}

// Rows are sorted by top, so both ends are found by binary search: scrolling
// through 10 000 photos costs a few comparisons per frame, not a full scan.
export function visibleRange(
  rows: TimelineRow[],
  viewTop: number,
  viewHeight: number,
  overscan: number,
): RowRange {
  if (rows.length === 0) {
    return { start: 0, end: 0 };
  }
  const first = firstRowEndingAfter(rows, viewTop);
  const last = firstRowEndingAfter(rows, viewTop + viewHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(rows.length, last + 1 + overscan),
  };
}

function firstRowEndingAfter(rows: TimelineRow[], offset: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const row = rows[middle]!;
    if (row.top + row.height > offset) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}
