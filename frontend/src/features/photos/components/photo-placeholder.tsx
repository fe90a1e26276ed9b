import { ImageIcon } from '../../../components/icons';
import type { Photo } from '../api/photos-api';

// Formats stored as originals only (HEIC or AVIF without a decoder on the
// server) have no thumbnail or preview; the tile names the format instead.
export function NoPreview({ photo }: { photo: Photo }) {
  const format = photo.contentType.replace(/^image\//, '').toUpperCase();
  return (
    <span className="photo-placeholder no-preview">
      <ImageIcon />
      <span>{format}</span>
    </span>
  );
}
