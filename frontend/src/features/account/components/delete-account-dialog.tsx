import { useQuery } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { Dialog } from '../../../components/dialog';
import { errorMessage } from '../../../lib/api-client';
import { usageQueryOptions } from '../../usage/api/usage-api';
import { useDeleteAccount } from '../hooks/use-delete-account';

const CONFIRMATION = 'DELETE';

interface DeleteAccountDialogProps {
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function DeleteAccountDialog({
  onClose,
  returnFocusTo,
}: DeleteAccountDialogProps) {
  const [typed, setTyped] = useState('');
  const deletion = useDeleteAccount();
  const usage = useQuery(usageQueryOptions());
  const photos = usage.data
    ? `All ${usage.data.photoCount} of your photos`
    : 'All your photos';

  return (
    <Dialog
      title="Delete your account?"
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      <div className="dialog-body">
        <p>This deletes, for good and at once:</p>
        <ul>
          <li>{photos}, including those in the trash, and their files</li>
          <li>Your profile and storage settings</li>
        </ul>
        <p>It cannot be undone. Download any photo you want to keep first.</p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typed === CONFIRMATION) {
            deletion.mutate();
          }
        }}
      >
        <label className="dialog-field">
          Type {CONFIRMATION} to confirm
          <input
            className="text-input"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        {deletion.isError && (
          <p role="alert" className="dialog-error">
            {errorMessage(deletion.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-danger"
            disabled={typed !== CONFIRMATION || deletion.isPending}
          >
            Delete account
          </button>
        </div>
      </form>
    </Dialog>
  );
}
