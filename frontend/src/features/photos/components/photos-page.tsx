import { useEffect, useState } from 'react';
import { Alert } from '../../../components/alert';
import { AppHeader } from '../../../components/app-header';
import { errorMessage } from '../../../lib/api-client';
import { AccountMenu } from '../../account/components/account-menu';
import { PhotoLibrary } from '../../timeline/components/photo-library';
import { DropOverlay } from '../../upload/components/drop-overlay';
import { UploadButton } from '../../upload/components/upload-button';
import { UploadPanel } from '../../upload/components/upload-panel';
import { useFileDrop } from '../../upload/hooks/use-file-drop';
import { useUploadQueue } from '../../upload/hooks/use-upload-queue';
import { PhotoViewer } from '../../viewer/components/photo-viewer';
import { useDeletePhoto } from '../hooks/use-delete-photo';
import { usePhotos } from '../hooks/use-photos';

export function PhotosPage() {
  const library = usePhotos();
  const uploads = useUploadQueue();
  const deletion = useDeletePhoto();
  const [openId, setOpenId] = useState<string>();
  // A photo deleted while open, here or elsewhere, closes the viewer.
  const open = library.photos.find((photo) => photo.id === openId);
  const dragging = useFileDrop(uploads.queue.add);
  useLoadMoreAtLastPhoto(library, openId);

  return (
    <>
      {/* inert keeps Tab inside the viewer while it covers the page. */}
      <div className="page" inert={open !== undefined}>
        <AppHeader>
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
          <PhotoLibrary
            library={library}
            deletingId={deletion.isPending ? deletion.variables : undefined}
            onOpen={setOpenId}
            onDelete={deletion.mutate}
          />
        </main>
        <UploadPanel
          snapshot={uploads.snapshot}
          onDismiss={uploads.queue.clearFinished}
        />
      </div>
      {dragging && <DropOverlay />}
      {open && (
        <PhotoViewer
          photos={library.photos}
          photoId={open.id}
          onNavigate={setOpenId}
          onClose={() => setOpenId(undefined)}
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
