import type { ChangeEvent } from 'react';
import { UploadIcon } from '../../../components/icons';

interface UploadButtonProps {
  onFiles: (files: File[]) => void;
}

export function UploadButton({ onFiles }: UploadButtonProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again still fires a change.
    event.target.value = '';
    if (files.length > 0) {
      onFiles(files);
    }
  };

  return (
    <label className="button button-primary">
      <input
        type="file"
        className="visually-hidden"
        // Extensions as well: some browsers know no MIME type for HEIC or AVIF.
        accept="image/jpeg,image/png,image/webp,image/gif,image/tiff,image/bmp,image/heic,image/heif,image/avif,.heic,.heif,.avif"
        multiple
        aria-label="Upload photos"
        onChange={handleChange}
      />
      <UploadIcon />
      <span className="button-label">Upload</span>
    </label>
  );
}
