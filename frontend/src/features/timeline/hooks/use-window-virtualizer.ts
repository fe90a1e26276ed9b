import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  gridLayout,
  layoutMonths,
  rowsInView,
  sectionAt,
  totalHeight,
  type MonthCount,
} from '../utils/month-layout';

const OVERSCAN_ROWS = 3;
// A scroll of more than a window's height in one frame is a jump (the
// scrubber, End, a fling); rows passed over meanwhile load nothing.
const SKIM_SETTLE_MS = 150;

interface Viewport {
  width: number;
  /** How far the timeline's top is above the window's (negative below it). */
  top: number;
  height: number;
  /** Where the sticky header ends, from the top of the window. */
  headerBottom: number;
  /** Whether the window is jumping rather than scrolling through. */
  skimming: boolean;
}

/**
 * Lays the months out from their counts and keeps only the rows near the
 * window's viewport mounted, so the page scrolls like a document however
 * long it is, and any month can be scrolled to before it is loaded.
 */
export function useWindowVirtualizer(months: MonthCount[]) {
  const containerRef = useRef<HTMLElement>(null);
  const viewport = useViewport(containerRef);
  const layout = useMemo(() => gridLayout(viewport.width), [viewport.width]);
  const sections = useMemo(
    () => layoutMonths(months, layout),
    [months, layout],
  );
  const rows = rowsInView(
    sections,
    layout,
    viewport.top,
    viewport.height,
    OVERSCAN_ROWS,
  );
  const height = totalHeight(sections);

  /**
   * Scrolls the window so this offset of the timeline meets the header, and
   * answers where the timeline's top went, as the viewport will report it.
   */
  const scrollToOffset = (offset: number): number => {
    const element = containerRef.current;
    if (!element) {
      return viewport.top;
    }
    const documentTop = element.getBoundingClientRect().top + window.scrollY;
    const target = documentTop + Math.max(0, Math.min(offset, height));
    window.scrollTo({
      top: target - viewport.headerBottom,
      behavior: 'instant',
    });
    return -element.getBoundingClientRect().top;
  };

  return {
    containerRef,
    layout,
    sections,
    rows,
    height,
    viewport,
    // The header hides the rows under it, so the month shown is below it.
    current: sectionAt(sections, viewport.top + viewport.headerBottom),
    scrollToOffset,
  };
}

function useViewport(ref: RefObject<HTMLElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>(() => ({
    width: window.innerWidth,
    top: 0,
    height: window.innerHeight,
    headerBottom: 0,
    skimming: false,
  }));

  useEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    let frame = 0;
    let settle = 0;
    let lastTop = -element.getBoundingClientRect().top;
    let skimming = false;
    const measure = () => {
      frame = 0;
      const box = element.getBoundingClientRect();
      const header = document.querySelector('header');
      const headerBottom = Math.max(
        0,
        header?.getBoundingClientRect().bottom ?? 0,
      );
      const top = -box.top;
      if (Math.abs(top - lastTop) > window.innerHeight) {
        skimming = true;
        window.clearTimeout(settle);
        settle = window.setTimeout(() => {
          skimming = false;
          schedule();
        }, SKIM_SETTLE_MS);
      }
      lastTop = top;
      setViewport((previous) => {
        const next = {
          // jsdom lays nothing out; the window's width stands in for it there.
          width: box.width || previous.width,
          top,
          height: window.innerHeight,
          headerBottom,
          skimming,
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
      window.clearTimeout(settle);
    };
  }, [ref]);

  return viewport;
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    a.width === b.width &&
    a.top === b.top &&
    a.height === b.height &&
    a.headerBottom === b.headerBottom &&
    a.skimming === b.skimming
  );
}
