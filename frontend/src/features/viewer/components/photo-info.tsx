import type { Photo } from '../../photos/api/photos-api';
import { formatBytes, formatDateTime } from '../utils/format';

export function PhotoInfo({ photo }: { photo: Photo }) {
  return (
    <aside className="viewer-info" aria-label="Photo details">
      <dl>
        <dt>File name</dt>
        <dd>{photo.fileName}</dd>
        {photo.width && photo.height && (
          <>
            <dt>Dimensions</dt>
            <dd>
              {photo.width} × {photo.height}
            </dd>
          </>
        )}
        <dt>Size</dt>
        <dd>{formatBytes(photo.sizeBytes)}</dd>
        {photo.takenAt && (
          <>
            <dt>Taken</dt>
            <dd>{formatDateTime(photo.takenAt)}</dd>
          </>
        )}
        <dt>Uploaded</dt>
        <dd>{formatDateTime(photo.uploadedAt)}</dd>
      </dl>
    </aside>
  );
}
