import type { usePhotos } from '../../photos/hooks/use-photos';
import { ListingState } from './listing-state';
import { LoadMore } from './load-more';
import type { TileActions } from './photo-tile';
import { Timeline } from './timeline';

type PhotoLibraryProps = TileActions & {
  library: ReturnType<typeof usePhotos>;
  /** What to say when the listing is empty. */
  empty: { title: string; hint: string };
};

/** A listing loaded newest first, page after page, as the favourites are. */
export function PhotoLibrary({
  library,
  empty,
  ...tileProps
}: PhotoLibraryProps) {
  const { photos, hasNextPage, isFetchingNextPage, fetchNextPage } = library;

  if (library.isPending || library.isError || photos.length === 0) {
    return (
      <ListingState
        state={library}
        isEmpty={photos.length === 0}
        onRetry={() => library.refetch()}
        empty={empty}
      />
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
