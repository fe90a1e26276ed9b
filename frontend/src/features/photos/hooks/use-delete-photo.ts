import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { removeFromLibrary } from '../api/photo-cache';
import { deletePhoto } from '../api/photos-api';

export function useDeletePhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnlessGone,
    onSuccess: (_, id) => removeFromLibrary(queryClient, id),
  });
}

// A photo deleted from another tab answers 404; the outcome the person wanted
// has happened, so the tile just goes away.
async function deleteUnlessGone(id: string): Promise<void> {
  try {
    await deletePhoto(id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      throw error;
    }
  }
}
