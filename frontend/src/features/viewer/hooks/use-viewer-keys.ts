import { useEffect } from 'react';

/** What the viewer does for each key it listens to. */
export interface ViewerKeyActions {
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
}

export function useViewerKeys({
  onPrevious,
  onNext,
  onClose,
}: ViewerKeyActions) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isTextField(event.target)
      ) {
        return;
      }
      const action = {
        ArrowLeft: onPrevious,
        ArrowRight: onNext,
        Escape: onClose,
      }[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onPrevious, onNext, onClose]);
}

// Arrows move the caret in a text field, not to another photo.
function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
  );
}
