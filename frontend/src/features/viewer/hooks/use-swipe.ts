import { useRef, type PointerEvent } from 'react';

const MIN_DISTANCE = 50;

/** Pointer handlers that turn a horizontal touch swipe into next or previous. */
export function useSwipe(onPrevious: () => void, onNext: () => void) {
  const start = useRef<{ x: number; y: number } | null>(null);

  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') {
        start.current = { x: event.clientX, y: event.clientY };
      }
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) {
        return;
      }
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      // A mostly vertical gesture is a scroll of the info panel, not a swipe.
      if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) {
        (dx > 0 ? onPrevious : onNext)();
      }
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
