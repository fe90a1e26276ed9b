import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { hasDerivatives, type Photo } from '../../photos/api/photos-api';
import { NoPreview } from '../../photos/components/photo-placeholder';
import { usePhotoContent } from '../../photos/hooks/use-photo-content';
import { useSwipe } from '../hooks/use-swipe';
import { useViewerKeys } from '../hooks/use-viewer-keys';
import { PhotoInfo } from './photo-info';
import { ViewerToolbar } from './viewer-toolbar';

interface PhotoViewerProps {
  photos: Photo[];
  photoId: string;
  onNavigate: (id: string) => void;
  onClose: () => void;
}

export function PhotoViewer({
  photos,
  photoId,
  onNavigate,
  onClose,
}: PhotoViewerProps) {
  const index = photos.findIndex((photo) => photo.id === photoId);
  const photo = photos[index];
  const previous = photos[index - 1];
  const next = photos[index + 1];
  const [showInfo, setShowInfo] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);

  const goPrevious = useCallback(
    () => previous && onNavigate(previous.id),
    [previous, onNavigate],
  );
  const goNext = useCallback(
    () => next && onNavigate(next.id),
    [next, onNavigate],
  );
  useViewerKeys({ onPrevious: goPrevious, onNext: goNext, onClose });
  const swipe = useSwipe(goPrevious, goNext);
  useRestoreFocus(closeRef);

  if (!photo) {
    return null;
  }

  return (
    <div
      className="viewer"
      role="dialog"
      aria-modal="true"
      aria-label={photo.fileName}
    >
      <ViewerToolbar
        photo={photo}
        showInfo={showInfo}
        closeRef={closeRef}
        onToggleInfo={() => setShowInfo((shown) => !shown)}
        onClose={onClose}
      />
      <div className="viewer-body">
        <div className="viewer-stage" {...swipe}>
          <ViewerImage key={photo.id} photo={photo} />
          <button
            type="button"
            className="viewer-nav viewer-previous"
            aria-label="Previous photo"
            disabled={!previous}
            onClick={goPrevious}
          >
            ‹
          </button>
          <button
            type="button"
            className="viewer-nav viewer-next"
            aria-label="Next photo"
            disabled={!next}
            onClick={goNext}
          >
            ›
          </button>
        </div>
        {showInfo && <PhotoInfo photo={photo} />}
      </div>
    </div>
  );
}

// The preview (about 1600 px) is what is shown; the original stays the
// download, so opening a 50 MB photo does not fetch 50 MB.
function ViewerImage({ photo }: { photo: Photo }) {
  const available = hasDerivatives(photo);
  const preview = usePhotoContent(photo.id, 'preview', available);
  if (!available) {
    return (
      <div className="viewer-no-preview">
        <NoPreview photo={photo} />
        <p className="viewer-status">
          This format cannot be shown here. Download the original to see it.
        </p>
      </div>
    );
  }
  if (preview.url) {
    return (
      <img className="viewer-image" src={preview.url} alt={photo.fileName} />
    );
  }
  return (
    <p role="status" className="viewer-status">
      {preview.failed ? 'This photo could not be loaded.' : 'Loading…'}
    </p>
  );
}

// Focus moves into the dialog when it opens and back to the tile afterwards.
function useRestoreFocus(target: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    target.current?.focus();
    // The timeline behind the dialog must not scroll under a swipe.
    document.body.classList.add('viewer-open');
    return () => {
      document.body.classList.remove('viewer-open');
      previous?.focus();
    };
  }, [target]);
}
