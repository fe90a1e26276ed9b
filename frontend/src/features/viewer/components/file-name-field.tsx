import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../../../lib/api-client';
import type { Photo } from '../../photos/api/photos-api';
import { useRenamePhoto } from '../../photos/hooks/use-rename-photo';

/** The file name in the details, edited in place: Enter saves, Escape cancels. */
export function FileNameField({ photo }: { photo: Photo }) {
  const [editing, setEditing] = useState(false);
  const rename = useRenamePhoto(photo.id);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const errorId = useId();

  useEffect(() => {
    if (wasEditing.current && !editing) {
      renameButton.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);

  const stop = () => {
    rename.reset();
    setEditing(false);
  };
  const save = (value: string) => {
    const fileName = value.trim();
    if (fileName === photo.fileName) {
      stop();
      return;
    }
    rename.mutate(fileName, { onSuccess: () => setEditing(false) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // Handled here, so the viewer behind does not close as well.
      event.preventDefault();
      stop();
    }
  };

  if (!editing) {
    return (
      <dd className="file-name">
        <span>{photo.fileName}</span>
        <button
          ref={renameButton}
          type="button"
          className="button viewer-button viewer-small"
          onClick={() => setEditing(true)}
        >
          Rename
        </button>
      </dd>
    );
  }
  return (
    <dd>
      <form
        className="file-name-form"
        onSubmit={(event) => {
          event.preventDefault();
          save(new FormData(event.currentTarget).get('fileName') as string);
        }}
      >
        <input
          name="fileName"
          className="file-name-input"
          aria-label="File name"
          defaultValue={photo.fileName}
          aria-invalid={rename.isError}
          aria-describedby={rename.isError ? errorId : undefined}
          disabled={rename.isPending}
          autoFocus
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button viewer-button viewer-small">
          Save
        </button>
        <button
          type="button"
          className="button viewer-button viewer-small"
          onClick={stop}
        >
          Cancel
        </button>
        {rename.isError && (
          <p id={errorId} role="alert" className="field-error">
            {errorMessage(rename.error)}
          </p>
        )}
      </form>
    </dd>
  );
}
