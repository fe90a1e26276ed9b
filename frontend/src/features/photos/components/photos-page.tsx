import { useEffect, useState } from 'react';
import { Alert } from '../../../components/alert';
import { AppHeader } from '../../../components/app-header';
import { errorMessage } from '../../../lib/api-client';
import { AccountMenu } from '../../account/components/account-menu';
import { ViewNav } from '../../navigation/components/view-nav';
import { useView, type View } from '../../navigation/hooks/use-view';
import { PhotoLibrary } from '../../timeline/components/photo-library';
import { TrashView } from '../../trash/components/trash-view';
import { DropOverlay } from '../../upload/components/drop-overlay';
import { UploadButton } from '../../upload/components/upload-button';
import { UploadPanel } from '../../upload/components/upload-panel';
import { useFileDrop } from '../../upload/hooks/use-file-drop';
import { useUploadQueue } from '../../upload/hooks/use-upload-queue';
import { PhotoViewer } from '../../viewer/components/photo-viewer';
import { useFavourite } from '../hooks/use-favourite';
import { usePhotos } from '../hooks/use-photos';
import { useTrashPhoto } from '../hooks/use-trash-photo';

const EMPTY_MESSAGES = {
  photos: {
    title: 'No photos yet',
    hint: 'Upload photos (JPEG, PNG, WebP, HEIC and more), or drop them anywhere on this page.',
  },
  favourites: {
    title: 'No favourites yet',
    hint: 'Press the heart on a photo to find it here.',
  },
};

export function PhotosPage() {
  const view = useView();
  const inTrash = view === 'trash';
  const library = usePhotos(view === 'favourites' ? 'favourites' : 'all', {
    enabled: !inTrash,
  });
  const uploads = useUploadQueue();
  const deletion = useTrashPhoto();
  const toggleFavourite = useFavourite();
  const [opened, setOpened] = useState<{ view: View; id: string }>();
  // A photo deleted while open, here or elsewhere, closes the viewer; so
  // does moving to another view.
  const open =
    opened?.view === view
      ? library.photos.find((photo) => photo.id === opened.id)
      : undefined;
  const openPhoto = (id: string) => setOpened({ view, id });
  const dragging = useFileDrop(uploads.queue.add);
  useLoadMoreAtLastPhoto(library, open?.id);

  return (
    <>
      {/* inert keeps Tab inside the viewer while it covers the page. */}
      <div className="page" inert={open !== undefined}>
        <AppHeader nav={<ViewNav current={view} />}>
          <UploadButton onFiles={uploads.queue.add} />
          <AccountMenu />
        </AppHeader>
        <main className="content">
          {deletion.isError && (
            <Alert
              messages={[errorMessage(deletion.error)]}
              onDismiss={deletion.reset}
            />
          )}
          {inTrash ? (
            <TrashView />
          ) : (
            <PhotoLibrary
              library={library}
              empty={EMPTY_MESSAGES[view]}
              deletingId={deletion.isPending ? deletion.variables : undefined}
              onOpen={openPhoto}
              onDelete={deletion.mutate}
              onToggleFavourite={toggleFavourite}
            />
          )}
        </main>
        <UploadPanel
          snapshot={uploads.snapshot}
          onDismiss={uploads.queue.clearFinished}
          unfinished={uploads.unfinished}
          onCancel={uploads.cancel}
        />
      </div>
      {dragging && <DropOverlay />}
      {open && (
        <PhotoViewer
          photos={library.photos}
          photoId={open.id}
          onNavigate={openPhoto}
          onClose={() => setOpened(undefined)}
        />
      )}
    </>
  );
}

// Stepping through the viewer past the last loaded photo asks for the next
// page, so "next" keeps working through the whole library.
function useLoadMoreAtLastPhoto(
  library: ReturnType<typeof usePhotos>,
  openId: string | undefined,
) {
  const { photos, hasNextPage, isFetchingNextPage, fetchNextPage } = library;
  const atLast = openId !== undefined && photos.at(-1)?.id === openId;

  useEffect(() => {
    if (atLast && hasNextPage && !isFetchingNextPage) {
      void fetchNextPage();
    }
  }, [atLast, hasNextPage, isFetchingNextPage, fetchNextPage]);
}
