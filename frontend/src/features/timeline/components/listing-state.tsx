import { errorMessage } from '../../../lib/api-client';

interface ListingStateProps {
  state: { isPending: boolean; isError: boolean; error: unknown };
  isEmpty: boolean;
  onRetry: () => void;
  /** What to say when the listing is empty. */
  empty: { title: string; hint: string };
}

/** Loading, failure or emptiness of a listing; nothing once there are photos. */
export function ListingState({
  state,
  isEmpty,
  onRetry,
  empty,
}: ListingStateProps) {
  if (state.isPending) {
    return (
      <p role="status" className="library-message">
        Loading photos…
      </p>
    );
  }
  if (state.isError) {
    return (
      <div role="alert" className="alert">
        <p>{errorMessage(state.error)}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (isEmpty) {
    return (
      <div className="library-empty">
        <p className="library-empty-title">{empty.title}</p>
        <p className="library-message">{empty.hint}</p>
      </div>
    );
  }
  return null;
}
