import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { displayName } from '../../auth/api/user-manager';
import { useAuth } from '../../auth/hooks/use-auth';
import { meQueryOptions } from '../api/users-api';

export function AccountMenu() {
  const { user, signOut } = useAuth();
  const me = useQuery(meQueryOptions());
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  useCloseOnOutsideClick(rootRef, open, () => setOpen(false));

  // The token's name shows at once; the profile replaces it when it arrives.
  const name = me.data?.displayName ?? (user ? displayName(user) : '');

  return (
    <div
      ref={rootRef}
      className="account"
      onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
    >
      <button
        type="button"
        className="button account-button"
        // On a phone only the initial shows, so the name is spelled out here.
        aria-label={`Account: ${name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((shown) => !shown)}
      >
        <span className="avatar" aria-hidden="true">
          {name.charAt(0).toUpperCase()}
        </span>
        <span className="account-name">{name}</span>
      </button>
      {open && (
        <div
          id={menuId}
          className="account-menu"
          role="menu"
          aria-label="Account"
        >
          <p className="account-summary" role="none">
            Signed in as <strong>{name}</strong>
            {me.data?.email && (
              <span className="account-email">{me.data.email}</span>
            )}
          </p>
          <button
            type="button"
            role="menuitem"
            className="account-item"
            autoFocus
            onClick={signOut}
          >
            Sign out
          </button>
        </div>
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
