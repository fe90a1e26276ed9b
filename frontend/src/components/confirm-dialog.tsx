import type { ReactNode } from 'react';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

// Cancel takes focus first, so a stray Enter never destroys anything.
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <div className="dialog-body">{children}</div>
      {error && (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          data-autofocus
          onClick={onCancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={pending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
