import { errorMessage } from '../../../lib/api-client';
import type { usePhotos } from '../../photos/hooks/use-photos';
import { LoadMore } from './load-more';
import type { TileActions } from './photo-tile';
import { Timeline } from './timeline';

type PhotoLibraryProps = TileActions & {
  library: ReturnType<typeof usePhotos>;
  /** What to say when the listing is empty. */
  empty: { title: string; hint: string };
};

export function PhotoLibrary({
  library,
  empty,
  ...tileProps
}: PhotoLibraryProps) {
  const { photos, hasNextPage, isFetchingNextPage, fetchNextPage } = library;

  if (library.isPending) {
    return (
      <p role="status" className="library-message">
        Loading photos…
      </p>
    );
  }
  if (library.isError) {
    return (
      <div role="alert" className="alert">
        <p>{errorMessage(library.error)}</p>
        <button
          type="button"
          className="button"
          onClick={() => library.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  if (photos.length === 0) {
    return (
      <div className="library-empty">
        <p className="library-empty-title">{empty.title}</p>
        <p className="library-message">{empty.hint}</p>
      </div>
    );
  }
  return (
    <>
      <Timeline photos={photos} {...tileProps} />
      {hasNextPage && (
        <LoadMore
          key={library.data.pages.length}
          loading={isFetchingNextPage}
          onVisible={() => {
            if (!isFetchingNextPage) {
              void fetchNextPage();
            }
          }}
        />
      )}
    </>
  );
}
