import { useSyncExternalStore } from 'react';

/** The three places of the app; each has an address of its own. */
export type View = 'photos' | 'favourites' | 'trash';

export const VIEWS: { view: View; label: string; hash: string }[] = [
  { view: 'photos', label: 'Photos', hash: '#/' },
  { view: 'favourites', label: 'Favourites', hash: '#/favourites' },
  { view: 'trash', label: 'Trash', hash: '#/trash' },
];

// The hash keeps the view across a reload and makes Back work, without a
// router and without the gateway having to serve more than one page.
export function useView(): View {
  return useSyncExternalStore(subscribe, currentView);
}

function currentView(): View {
  const hash = window.location.hash;
  return VIEWS.find((entry) => entry.hash === hash)?.view ?? 'photos';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
