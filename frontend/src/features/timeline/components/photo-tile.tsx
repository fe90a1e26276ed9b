import { TrashIcon } from '../../../components/icons';
import { hasDerivatives, type Photo } from '../../photos/api/photos-api';
import { FavouriteButton } from '../../photos/components/favourite-button';
import { NoPreview } from '../../photos/components/photo-placeholder';
import { usePhotoContent } from '../../photos/hooks/use-photo-content';

/** What a tile can do with its photo. */
export interface TileActions {
  deletingId?: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onToggleFavourite: (photo: Photo) => void;
}

export function PhotoTile({
  photo,
  deletingId,
  onOpen,
  onDelete,
  onToggleFavourite,
}: TileActions & { photo: Photo }) {
  const deleting = photo.id === deletingId;

  return (
    <li className="photo-tile" aria-busy={deleting}>
      <button
        type="button"
        className="photo-open"
        aria-label={`Open ${photo.fileName}`}
        onClick={() => onOpen(photo.id)}
      >
        <Thumbnail photo={photo} />
      </button>
      <FavouriteButton
        photo={photo}
        className="photo-action photo-favourite"
        named
        onToggle={onToggleFavourite}
      />
      <button
        type="button"
        className="photo-action photo-delete"
        aria-label={`Delete ${photo.fileName}`}
        title="Move to trash"
        disabled={deleting}
        onClick={() => onDelete(photo.id)}
      >
        <TrashIcon />
      </button>
    </li>
  );
}

export function Thumbnail({ photo }: { photo: Photo }) {
  const available = hasDerivatives(photo);
  const thumbnail = usePhotoContent(photo.id, 'thumb', available);

  if (!available) {
    return <NoPreview photo={photo} />;
  }
  if (thumbnail.url) {
    return <img src={thumbnail.url} alt={photo.fileName} decoding="async" />;
  }
  return (
    <span
      className={
        thumbnail.failed ? 'photo-placeholder' : 'photo-placeholder loading'
      }
    >
      {thumbnail.failed && 'Preview unavailable'}
    </span>
  );
}
