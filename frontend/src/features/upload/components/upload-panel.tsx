import type { UploadItem, UploadSnapshot } from '../utils/upload-queue';

interface UploadPanelProps {
  snapshot: UploadSnapshot;
  onDismiss: () => void;
}

export function UploadPanel({ snapshot, onDismiss }: UploadPanelProps) {
  const { items, sent, size, active } = snapshot;
  if (items.length === 0) {
    return null;
  }
  const done = items.filter((item) => item.status === 'done').length;
  const failed = items.filter((item) => item.status === 'failed');

  return (
    <section className="upload-panel" aria-label="Uploads">
      <div className="upload-summary">
        <p role="status" className="upload-title">
          {active
            ? `Uploading ${items.length} files, ${done + failed.length} finished`
            : `${done} of ${items.length} uploaded`}
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

function statusText(item: UploadItem): string {
  switch (item.status) {
    case 'queued':
      return 'Waiting';
    case 'uploading':
      return `${Math.round((100 * item.sent) / (item.size || 1))}%`;
    case 'done':
      return 'Uploaded';
    case 'failed':
      return 'Failed';
  }
}
