import { VIEWS, type View } from '../hooks/use-view';

export function ViewNav({ current }: { current: View }) {
  return (
    <nav className="view-nav" aria-label="Library">
      {VIEWS.map(({ view, label, hash }) => (
        <a
          key={view}
          href={hash}
          className="view-link"
          aria-current={view === current ? 'page' : undefined}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
