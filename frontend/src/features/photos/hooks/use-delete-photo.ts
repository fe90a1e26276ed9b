import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { deletePhoto, photoKeys, type PhotoPage } from '../api/photos-api';

export function useDeletePhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnlessGone,
    onSuccess: (_, id) => {
      queryClient.setQueryData<PhotoPage>(
        photoKeys.list(),
        (page) =>
          page && { ...page, items: page.items.filter((p) => p.id !== id) },
      );
      return queryClient.invalidateQueries({ queryKey: photoKeys.all });
    },
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
