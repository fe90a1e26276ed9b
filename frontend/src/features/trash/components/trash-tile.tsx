import type { Photo } from '../../photos/api/photos-api';
import { Thumbnail } from '../../timeline/components/photo-tile';
import { TRASH_RETENTION_DAYS } from '../api/trash-api';

const DAY = 86_400_000;

interface TrashTileProps {
  photo: Photo;
  busy: boolean;
  onRestore: (id: string) => void;
  onPurge: (photo: Photo) => void;
}

export function TrashTile({ photo, busy, onRestore, onPurge }: TrashTileProps) {
  return (
    <li className="trash-tile" aria-busy={busy}>
      <div className="trash-thumb">
        <Thumbnail photo={photo} />
      </div>
      <p className="trash-name">{photo.fileName}</p>
      <p className="trash-left">{daysLeft(photo)}</p>
      <div className="trash-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={`Restore ${photo.fileName}`}
          disabled={busy}
          onClick={() => onRestore(photo.id)}
        >
          Restore
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={`Delete forever: ${photo.fileName}`}
          disabled={busy}
          onClick={() => onPurge(photo)}
        >
          Delete forever
        </button>
      </div>
    </li>
  );
}

function daysLeft(photo: Photo): string {
  if (!photo.trashedAt) {
    return '';
  }
  const purgeAt = Date.parse(photo.trashedAt) + TRASH_RETENTION_DAYS * DAY;
  const days = Math.max(0, Math.ceil((purgeAt - Date.now()) / DAY));
  if (days === 0) {
    return 'Deleted forever today';
  }
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}
