import type { ChangeEvent } from 'react';
import { UploadIcon } from '../../../components/icons';

interface UploadButtonProps {
  onFiles: (files: File[]) => void;
  busy: boolean;
}

export function UploadButton({ onFiles, busy }: UploadButtonProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again still fires a change.
    event.target.value = '';
    if (files.length > 0) {
      onFiles(files);
    }
  };

  return (
    <label className="button button-primary" aria-disabled={busy}>
      <input
        type="file"
        className="visually-hidden"
        accept="image/jpeg,image/png"
        multiple
        aria-label="Upload photos"
        disabled={busy}
        onChange={handleChange}
      />
      <UploadIcon />
      <span>{busy ? 'Uploading…' : 'Upload'}</span>
    </label>
  );
}
