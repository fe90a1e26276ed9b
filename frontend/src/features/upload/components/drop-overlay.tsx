import { UploadIcon } from '../../../components/icons';

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <UploadIcon />
        <p>Drop photos to upload them</p>
      </div>
    </div>
  );
}
