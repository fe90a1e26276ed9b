import { useQuery } from '@tanstack/react-query';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { displayName } from '../../auth/api/user-manager';
import { useAuth } from '../../auth/hooks/use-auth';
import { UsageSummary } from '../../usage/components/usage-summary';
import { meQueryOptions } from '../api/users-api';
import { DeleteAccountDialog } from './delete-account-dialog';

export function AccountMenu() {
  const { user, signOut } = useAuth();
  const me = useQuery(meQueryOptions());
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  useCloseOnOutsideClick(rootRef, open, () => setOpen(false));

  // The token's name shows at once; the profile replaces it when it arrives.
  const name = me.data?.displayName ?? (user ? displayName(user) : '');

  return (
    <div
      ref={rootRef}
      className="account"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setOpen(false);
        }
        moveBetweenItems(event);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button account-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((shown) => !shown)}
      >
        <span className="avatar" aria-hidden="true">
          {name.charAt(0).toUpperCase()}
        </span>
        {/* On a phone only the initial shows; the name is still read out. */}
        <span className="visually-hidden">Account: </span>
        <span className="account-name">{name}</span>
      </button>
      {open && (
        <div className="account-menu">
          <p className="account-summary">
            Signed in as <strong>{name}</strong>
            {me.data?.email && (
              <span className="account-email">{me.data.email}</span>
            )}
          </p>
          <UsageSummary />
          <div id={menuId} role="menu" aria-label="Account">
            <button
              type="button"
              role="menuitem"
              className="account-item"
              autoFocus
              onClick={signOut}
            >
              Sign out
            </button>
            <button
              type="button"
              role="menuitem"
              className="account-item account-danger"
              onClick={() => {
                setOpen(false);
                setDeleting(true);
              }}
            >
              Delete account…
            </button>
          </div>
        </div>
      )}
      {deleting && (
        <DeleteAccountDialog
          returnFocusTo={buttonRef}
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  );
}

function useCloseOnOutsideClick(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
) {
  useEffect(() => {
    if (!open) {
      return;
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) {
        close();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [ref, open, close]);
}

// A menu moves focus between its items with the arrow keys, wrapping around.
function moveBetweenItems(event: KeyboardEvent<HTMLElement>) {
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  const items = Array.from(
    event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'),
  );
  const index = items.indexOf(document.activeElement as HTMLElement);
  if (step === undefined || index < 0) {
    return;
  }
  event.preventDefault();
  items[(index + step + items.length) % items.length]?.focus();
}
