import type { Photo } from '../../photos/api/photos-api';
import { formatBytes, formatDateTime, formatPlace } from '../../../lib/format';
import { FileNameField } from './file-name-field';

export function PhotoInfo({ photo }: { photo: Photo }) {
  const camera = [photo.cameraMake, photo.cameraModel]
    .filter(Boolean)
    .join(' ');

  return (
    <aside className="viewer-info" aria-label="Photo details">
      <dl>
        <dt>File name</dt>
        <FileNameField key={photo.id} photo={photo} />
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
        {camera && (
          <>
            <dt>Camera</dt>
            <dd>{camera}</dd>
          </>
        )}
        {photo.location && (
          <>
            <dt>Place</dt>
            <dd>{formatPlace(photo.location)}</dd>
          </>
        )}
        <dt>Uploaded</dt>
        <dd>{formatDateTime(photo.uploadedAt)}</dd>
      </dl>
    </aside>
  );
}
