import { useEffect, useRef } from 'react';

interface LoadMoreProps {
  loading: boolean;
  onVisible: () => void;
}

// Starts loading the next page well before the person reaches the end, so a
// steady scroll rarely meets the bottom of the list.
export function LoadMore({ loading, onVisible }: LoadMoreProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          onVisible();
        }
      },
      { rootMargin: '0px 0px 1200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onVisible]);

  return (
    <div ref={ref} className="load-more">
      {loading ? (
        <p role="status" className="library-message">
          Loading more photos…
        </p>
      ) : (
        <button type="button" className="button" onClick={onVisible}>
          Load more
        </button>
      )}
    </div>
  );
}
