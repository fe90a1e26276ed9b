import { errorMessage } from '../../../lib/api-client';
import { usePhotos } from '../hooks/use-photos';
import { PhotoTile } from './photo-tile';

interface PhotoLibraryProps {
  deletingId?: string;
  onDelete: (id: string) => void;
}

export function PhotoLibrary({ deletingId, onDelete }: PhotoLibraryProps) {
  const photos = usePhotos();

  if (photos.isPending) {
    return (
      <p role="status" className="library-message">
        Loading photos…
      </p>
    );
  }
  if (photos.isError) {
    return (
      <div role="alert" className="alert">
        <p>{errorMessage(photos.error)}</p>
        <button
          type="button"
          className="button"
          onClick={() => photos.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  if (photos.data.items.length === 0) {
    return (
      <div className="library-empty">
        <p className="library-empty-title">No photos yet</p>
        <p className="library-message">Upload a JPEG or PNG to get started.</p>
      </div>
    );
  }
  return (
    <ul className="photo-grid" aria-label="Your photos">
      {photos.data.items.map((photo) => (
        <PhotoTile
          key={photo.id}
          photo={photo}
          deleting={photo.id === deletingId}
          onDelete={onDelete}
        />
      ))}
    </ul>
  );
}
