import type { Ref } from 'react';
import { errorMessage } from '../../../lib/api-client';
import type { Photo } from '../../photos/api/photos-api';
import { FavouriteButton } from '../../photos/components/favourite-button';
import { useFavourite } from '../../photos/hooks/use-favourite';
import { useTrashPhoto } from '../../photos/hooks/use-trash-photo';
import { useDownloadOriginal } from '../hooks/use-download-original';

interface ViewerToolbarProps {
  photo: Photo;
  showInfo: boolean;
  closeRef: Ref<HTMLButtonElement>;
  onToggleInfo: () => void;
  onClose: () => void;
}

export function ViewerToolbar({
  photo,
  showInfo,
  closeRef,
  onToggleInfo,
  onClose,
}: ViewerToolbarProps) {
  const download = useDownloadOriginal();
  const deletion = useTrashPhoto();
  const toggleFavourite = useFavourite();
  const failure = download.error ?? deletion.error;

  return (
    <>
      <div className="viewer-toolbar">
        <button
          ref={closeRef}
          type="button"
          className="button viewer-button"
          onClick={onClose}
        >
          Close
        </button>
        <span className="viewer-title">{photo.fileName}</span>
        <FavouriteButton
          photo={photo}
          className="button viewer-button viewer-favourite"
          onToggle={toggleFavourite}
        />
        <button
          type="button"
          className="button viewer-button"
          aria-pressed={showInfo}
          onClick={onToggleInfo}
        >
          Info
        </button>
        <button
          type="button"
          className="button viewer-button"
          disabled={download.isPending}
          onClick={() => download.mutate(photo)}
        >
          Download original
        </button>
        <button
          type="button"
          className="button viewer-button viewer-danger"
          title="Move to trash"
          disabled={deletion.isPending}
          onClick={() => deletion.mutate(photo.id, { onSuccess: onClose })}
        >
          Delete
        </button>
      </div>
      {failure && (
        <p role="alert" className="viewer-error">
          {errorMessage(failure)}
        </p>
      )}
    </>
  );
}
