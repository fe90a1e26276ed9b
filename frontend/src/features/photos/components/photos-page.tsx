import { useEffect, useState } from 'react';
import { Alert } from '../../../components/alert';
import { AppHeader } from '../../../components/app-header';
import { errorMessage } from '../../../lib/api-client';
import { AccountMenu } from '../../account/components/account-menu';
import { ViewNav } from '../../navigation/components/view-nav';
import { useView, type View } from '../../navigation/hooks/use-view';
import { LibraryTimeline } from '../../timeline/components/library-timeline';
import { PhotoLibrary } from '../../timeline/components/photo-library';
import { useTimelineRun } from '../../timeline/hooks/use-timeline-run';
import { TrashView } from '../../trash/components/trash-view';
import { DropOverlay } from '../../upload/components/drop-overlay';
import { UploadButton } from '../../upload/components/upload-button';
import { UploadPanel } from '../../upload/components/upload-panel';
import { useFileDrop } from '../../upload/hooks/use-file-drop';
import { useUploadQueue } from '../../upload/hooks/use-upload-queue';
import { PhotoViewer } from '../../viewer/components/photo-viewer';
import type { TileActions } from '../../timeline/components/photo-tile';
import type { Photo } from '../api/photos-api';
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
  const uploads = useUploadQueue();
  const deletion = useTrashPhoto();
  const toggleFavourite = useFavourite();
  const [opened, setOpened] = useState<{ view: View; id: string }>();
  const openId = opened?.view === view ? opened.id : undefined;
  const viewerPhotos = useViewerPhotos(view, openId);
  // A photo deleted while open, here or elsewhere, closes the viewer; so
  // does moving to another view.
  const open = viewerPhotos.find((photo) => photo.id === openId);
  if (opened && !open) {
    // Forgotten, so that Undo does not open the viewer again.
    setOpened(undefined);
  }
  const openPhoto = (id: string) => setOpened({ view, id });
  const dragging = useFileDrop(uploads.queue.add);
  const tileActions = {
    deletingId: deletion.isPending ? deletion.variables : undefined,
    onOpen: openPhoto,
    onDelete: deletion.mutate,
    onToggleFavourite: toggleFavourite,
  };

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
          {view === 'trash' && <TrashView />}
          {view === 'photos' && (
            <LibraryTimeline empty={EMPTY_MESSAGES.photos} {...tileActions} />
          )}
          {view === 'favourites' && <FavouritesLibrary {...tileActions} />}
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
          photos={viewerPhotos}
          photoId={open.id}
          onNavigate={openPhoto}
          onClose={() => setOpened(undefined)}
        />
      )}
    </>
  );
}

function FavouritesLibrary(tileActions: TileActions) {
  const library = usePhotos('favourites');
  return (
    <PhotoLibrary
      library={library}
      empty={EMPTY_MESSAGES.favourites}
      {...tileActions}
    />
  );
}

/** The photos the viewer steps through in this view. */
function useViewerPhotos(view: View, openId: string | undefined): Photo[] {
  const favourites = usePhotos('favourites', {
    enabled: view === 'favourites',
  });
  const timeline = useTimelineRun(view === 'photos' ? openId : undefined);
  useLoadMoreAtLastPhoto(
    favourites,
    view === 'favourites' ? openId : undefined,
  );
  return view === 'favourites' ? favourites.photos : timeline;
}

// Stepping through the viewer past the last loaded photo asks for the next
// page, so "next" keeps working through the whole listing.
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
