import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { sectionAt, type MonthSection } from '../utils/month-layout';
import { stepMonth } from '../utils/scrubber-marks';

export interface ScrubberOptions {
  sections: MonthSection[];
  /** The timeline's full height. */
  height: number;
  /** The month at the top of the window. */
  current: number;
  /** The timeline's offset at the window's top after a scroll. */
  viewTop: number;
  /** Scrolls to an offset of the timeline; answers the offset reached. */
  onScroll: (offset: number) => number;
}

interface Pointer {
  /** Where the pointer is, as a fraction of the track. */
  at: number;
  dragging: boolean;
}

/**
 * Pointer and keyboard handling for the scrubber: a press or a drag scrolls
 * to the same fraction of the timeline, arrows step a month, Page keys a year.
 */
export function useScrubber({
  sections,
  height,
  current,
  viewTop,
  onScroll,
}: ScrubberOptions) {
  const trackRef = useRef<HTMLDivElement>(null);
  const [pointer, setPointer] = useState<Pointer>();
  // The last months can be too short to reach the top of the window, so the
  // month chosen by key stays chosen while the page stays where it went.
  const [chosen, setChosen] = useState<{ index: number; top: number }>();
  const index =
    chosen && Math.abs(chosen.top - viewTop) < 2 ? chosen.index : current;

  const fractionAt = (clientY: number) => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.height === 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, (clientY - box.top) / box.height));
  };
  const scrollTo = (at: number) => {
    setChosen(undefined);
    onScroll(at * height);
  };

  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) {
        return;
      }
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const at = fractionAt(event.clientY);
      setPointer({ at, dragging: true });
      scrollTo(at);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const at = fractionAt(event.clientY);
      const dragging = pointer?.dragging ?? false;
      setPointer({ at, dragging });
      if (dragging) {
        scrollTo(at);
      }
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      // A finger lifted is gone; a mouse still hovers where it was.
      setPointer(
        event.pointerType === 'mouse'
          ? { at: fractionAt(event.clientY), dragging: false }
          : undefined,
      );
    },
    onPointerCancel: () => setPointer(undefined),
    onPointerLeave: () => {
      if (!pointer?.dragging) {
        setPointer(undefined);
      }
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const next = stepMonth(event.key, index, sections.length);
      const section = next === undefined ? undefined : sections[next];
      if (next === undefined || !section) {
        return;
      }
      event.preventDefault();
      setChosen({ index: next, top: onScroll(section.top) });
    },
  };

  const pointed = pointer && sections[sectionAt(sections, pointer.at * height)];
  return { trackRef, index, pointer, pointed, handlers };
}
