import { TrashIcon } from '../../../components/icons';
import type { Photo } from '../../photos/api/photos-api';
import { usePhotoContent } from '../../photos/hooks/use-photo-content';

interface PhotoTileProps {
  photo: Photo;
  deleting: boolean;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}

export function PhotoTile({
  photo,
  deleting,
  onOpen,
  onDelete,
}: PhotoTileProps) {
  const thumbnail = usePhotoContent(photo.id, 'thumb');

  return (
    <li className="photo-tile" aria-busy={deleting}>
      <button
        type="button"
        className="photo-open"
        aria-label={`Open ${photo.fileName}`}
        onClick={() => onOpen(photo.id)}
      >
        {thumbnail.url ? (
          <img src={thumbnail.url} alt={photo.fileName} decoding="async" />
        ) : (
          <span
            className={
              thumbnail.failed
                ? 'photo-placeholder'
                : 'photo-placeholder loading'
            }
          >
            {thumbnail.failed && 'Preview unavailable'}
          </span>
        )}
      </button>
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
