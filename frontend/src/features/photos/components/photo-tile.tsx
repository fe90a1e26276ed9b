import { TrashIcon } from '../../../components/icons';
import type { Photo } from '../api/photos-api';
import { useThumbnailUrl } from '../hooks/use-thumbnail-url';

interface PhotoTileProps {
  photo: Photo;
  deleting: boolean;
  onDelete: (id: string) => void;
}

export function PhotoTile({ photo, deleting, onDelete }: PhotoTileProps) {
  const thumbnail = useThumbnailUrl(photo.id);

  return (
    <li className="photo-tile" aria-busy={deleting}>
      <figure>
        {thumbnail.url ? (
          <img src={thumbnail.url} alt={photo.fileName} decoding="async" />
        ) : (
          <div className="photo-placeholder">
            {thumbnail.failed && <span>Preview unavailable</span>}
          </div>
        )}
        <figcaption className="photo-caption">{photo.fileName}</figcaption>
      </figure>
      <button
        type="button"
        className="photo-delete"
        aria-label={`Delete ${photo.fileName}`}
        title="Delete"
        disabled={deleting}
        onClick={() => onDelete(photo.id)}
      >
        <TrashIcon />
      </button>
    </li>
  );
}
