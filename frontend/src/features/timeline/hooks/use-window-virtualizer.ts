import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MonthGroup } from '../utils/group-by-month';
import {
  buildRows,
  gridLayout,
  totalHeight,
  visibleRange,
  type TimelineRow,
} from '../utils/virtual-rows';

const OVERSCAN_ROWS = 3;

interface Viewport {
  width: number;
  top: number;
  height: number;
}

/**
 * Lays the timeline out in rows and keeps only those near the window's
 * viewport mounted, so the page scrolls like a document however long it is.
 */
export function useWindowVirtualizer(groups: MonthGroup[]) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewport = useViewport(containerRef);
  const layout = useMemo(() => gridLayout(viewport.width), [viewport.width]);
  const rows = useMemo(() => buildRows(groups, layout), [groups, layout]);
  const range = visibleRange(
    rows,
    viewport.top,
    viewport.height,
    OVERSCAN_ROWS,
  );
  const visibleRows: TimelineRow[] = rows.slice(range.start, range.end);

  return {
    containerRef,
    layout,
    visibleRows,
    height: totalHeight(rows),
  };
}

function useViewport(ref: RefObject<HTMLDivElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>(() => ({
    width: window.innerWidth,
    top: 0,
    height: window.innerHeight,
  }));

  useEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    let frame = 0;
    const measure = () => {
      frame = 0;
      const box = element.getBoundingClientRect();
      setViewport((previous) => {
        const next = {
          // jsdom lays nothing out; the window's width stands in for it there.
          width: box.width || previous.width,
          top: Math.max(0, -box.top),
          height: window.innerHeight,
        };
        return sameViewport(previous, next) ? previous : next;
      });
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(schedule);
    resizeObserver?.observe(element);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resizeObserver?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref]);

  return viewport;
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.width === b.width && a.top === b.top && a.height === b.height;
}
