import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { errorMessage } from '../../../lib/api-client';
import type { Photo } from '../../photos/api/photos-api';
import { useRestorePhoto } from '../../photos/hooks/use-restore-photo';
import { LoadMore } from '../../timeline/components/load-more';
import { usageQueryOptions } from '../../usage/api/usage-api';
import { TRASH_RETENTION_DAYS } from '../api/trash-api';
import {
  photoCount,
  useEmptyTrash,
  usePurgePhoto,
  useTrash,
} from '../hooks/use-trash';
import { TrashTile } from './trash-tile';

export function TrashView() {
  const trash = useTrash();
  const usage = useQuery(usageQueryOptions());
  const restore = useRestorePhoto();
  const purge = usePurgePhoto();
  const empty = useEmptyTrash();
  const [purging, setPurging] = useState<Photo>();
  const [emptying, setEmptying] = useState(false);
  const { photos, hasNextPage, isFetchingNextPage, fetchNextPage } = trash;
  // Once every page is loaded the listing is exact; before, the usage is.
  const count = hasNextPage
    ? (usage.data?.trashedCount ?? photos.length)
    : photos.length;
  const busyId = restore.isPending ? restore.variables : undefined;

  return (
    <section className="trash" aria-labelledby="trash-title">
      <div className="trash-header">
        <h2 id="trash-title">Trash</h2>
        <button
          type="button"
          className="button button-danger-quiet"
          disabled={photos.length === 0}
          onClick={() => setEmptying(true)}
        >
          Empty trash
        </button>
      </div>
      <p className="library-message">
        Items in the trash are deleted forever {TRASH_RETENTION_DAYS} days after
        they were moved there.
      </p>
      <TrashContent trash={trash}>
        <ul className="trash-tiles" aria-label="Photos in the trash">
          {photos.map((photo) => (
            <TrashTile
              key={photo.id}
              photo={photo}
              busy={photo.id === busyId}
              onRestore={restore.mutate}
              onPurge={setPurging}
            />
          ))}
        </ul>
        {hasNextPage && (
          <LoadMore
            key={photos.length}
            loading={isFetchingNextPage}
            onVisible={() => !isFetchingNextPage && void fetchNextPage()}
          />
        )}
      </TrashContent>
      {purging && (
        <ConfirmDialog
          title={`Delete ${purging.fileName} forever?`}
          confirmLabel="Delete forever"
          pending={purge.isPending}
          error={purge.isError ? errorMessage(purge.error) : undefined}
          onConfirm={() =>
            purge.mutate(purging, { onSuccess: () => setPurging(undefined) })
          }
          onCancel={() => {
            purge.reset();
            setPurging(undefined);
          }}
        >
          <p>The photo and its files are deleted now. This cannot be undone.</p>
        </ConfirmDialog>
      )}
      {emptying && (
        <ConfirmDialog
          title="Empty the trash?"
          confirmLabel="Empty trash"
          pending={empty.isPending}
          error={empty.isError ? errorMessage(empty.error) : undefined}
          onConfirm={() =>
            empty.mutate(undefined, { onSuccess: () => setEmptying(false) })
          }
          onCancel={() => {
            empty.reset();
            setEmptying(false);
          }}
        >
          <p>
            {photoCount(count)} in the trash will be deleted forever. This
            cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function TrashContent({
  trash,
  children,
}: {
  trash: ReturnType<typeof useTrash>;
  children: ReactNode;
}) {
  if (trash.isPending) {
    return (
      <p role="status" className="library-message">
        Loading the trash…
      </p>
    );
  }
  if (trash.isError) {
    return (
      <div role="alert" className="alert">
        <p>{errorMessage(trash.error)}</p>
        <button
          type="button"
          className="button"
          onClick={() => trash.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  if (trash.photos.length === 0) {
    return (
      <div className="library-empty">
        <p className="library-empty-title">The trash is empty</p>
      </div>
    );
  }
  return <>{children}</>;
}
