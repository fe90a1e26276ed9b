import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { formatBytes } from '../../../lib/format';
import type { PendingUpload } from '../utils/pending-uploads';
import type { UploadItem, UploadSnapshot } from '../utils/upload-queue';

interface UploadPanelProps {
  snapshot: UploadSnapshot;
  onDismiss: () => void;
  /** Resumable uploads a reload left unfinished. */
  unfinished?: PendingUpload[];
  onCancel?: (uploadId: string) => Promise<void>;
}

export function UploadPanel({
  snapshot,
  onDismiss,
  unfinished = [],
  onCancel,
}: UploadPanelProps) {
  const { items, sent, size, active } = snapshot;
  if (items.length === 0 && unfinished.length === 0) {
    return null;
  }
  const done = items.filter((item) => item.status === 'done').length;
  const known = items.filter((item) => item.status === 'duplicate').length;
  const failed = items.filter((item) => item.status === 'failed');
  const finished = done + known + failed.length;

  return (
    <section className="upload-panel" aria-label="Uploads">
      {items.length > 0 && (
        <>
          <div className="upload-summary">
            <p role="status" className="upload-title">
              {active
                ? `Uploading ${items.length} ${items.length === 1 ? 'file' : 'files'}, ${finished} finished`
                : `${done} of ${items.length} uploaded`}
              {!active && known > 0 && `, ${known} already in your library`}
            </p>
            {!active && (
              <button
                type="button"
                className="button button-quiet"
                onClick={onDismiss}
              >
                Dismiss
              </button>
            )}
          </div>
          <progress
            className="upload-progress"
            aria-label="Overall upload progress"
            max={size || 1}
            value={sent}
          />
          {failed.length > 0 && (
            <div role="alert" className="alert">
              <ul className="alert-messages">
                {failed.map((item) => (
                  <li key={item.id}>
                    {item.fileName}: {item.error}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="upload-items">
            {items.map((item) => (
              <UploadRow key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
      {unfinished.length > 0 && (
        <UnfinishedUploads uploads={unfinished} onCancel={onCancel} />
      )}
    </section>
  );
}

function UploadRow({ item }: { item: UploadItem }) {
  return (
    <li className={`upload-item upload-${item.status}`}>
      <span className="upload-name">{item.fileName}</span>
      <span className="upload-state">{statusText(item)}</span>
      <progress
        className="upload-progress"
        aria-label={`Upload progress of ${item.fileName}`}
        max={item.size || 1}
        value={item.status === 'failed' ? 0 : item.sent}
      />
    </li>
  );
}

interface UnfinishedUploadsProps {
  uploads: PendingUpload[];
  onCancel?: (uploadId: string) => Promise<void>;
}

// The browser keeps no handle on a file across a reload, so the person is
// asked for it again; a file with the same name, size and date resumes.
function UnfinishedUploads({ uploads, onCancel }: UnfinishedUploadsProps) {
  const [problem, setProblem] = useState<string>();
  const cancel = async (uploadId: string) => {
    setProblem(undefined);
    try {
      await onCancel?.(uploadId);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="upload-unfinished">
      <p className="upload-title">Unfinished uploads</p>
      <p className="upload-hint">Resume: choose the same file again.</p>
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
      <ul className="upload-items">
        {uploads.map((upload) => (
          <li key={upload.uploadId} className="upload-item">
            <span className="upload-name">{upload.fileName}</span>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Cancel the upload of ${upload.fileName}`}
              onClick={() => void cancel(upload.uploadId)}
            >
              Cancel
            </button>
            <span className="upload-state">{formatBytes(upload.size)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function statusText(item: UploadItem): string {
  switch (item.status) {
    case 'checking':
      return 'Checking';
    case 'queued':
      return 'Waiting';
    case 'uploading':
      return `${Math.round((100 * item.sent) / (item.size || 1))}%`;
    case 'waiting':
      return 'Waiting for the network';
    case 'done':
      return 'Uploaded';
    case 'duplicate':
      return 'Already in your library';
    case 'failed':
      return 'Failed';
  }
}
