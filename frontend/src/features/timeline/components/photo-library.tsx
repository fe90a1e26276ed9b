import { errorMessage } from '../../../lib/api-client';
import type { usePhotos } from '../../photos/hooks/use-photos';
import { LoadMore } from './load-more';
import { Timeline } from './timeline';

interface PhotoLibraryProps {
  library: ReturnType<typeof usePhotos>;
  deletingId?: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}

export function PhotoLibrary({ library, ...tileProps }: PhotoLibraryProps) {
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
        <p className="library-empty-title">No photos yet</p>
        <p className="library-message">
          Upload JPEG or PNG photos, or drop them anywhere on this page.
        </p>
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
