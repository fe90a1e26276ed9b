import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../../components/toast';
import { ApiError } from '../../../lib/api-client';
import { trashChanged } from '../../trash/api/trash-cache';
import { removeFromLibraries } from '../api/photo-cache';
import { deletePhoto } from '../api/photos-api';
import { useRestorePhoto } from './use-restore-photo';

/** Moves a photo to the trash and offers to undo that. */
export function useTrashPhoto() {
  const queryClient = useQueryClient();
  const showToast = useToast();
  const restore = useRestorePhoto();
  return useMutation({
    mutationFn: trashUnlessGone,
    onSuccess: (_, id) => {
      removeFromLibraries(queryClient, id);
      trashChanged(queryClient);
      showToast({
        message: 'Moved to trash',
        action: { label: 'Undo', onAction: () => restore.mutate(id) },
      });
    },
  });
}

// A photo deleted from another tab answers 404; the outcome the person wanted
// has happened, so the tile just goes away.
async function trashUnlessGone(id: string): Promise<void> {
  try {
    await deletePhoto(id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      throw error;
    }
  }
}
