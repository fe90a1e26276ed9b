import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../../components/toast';
import { errorMessage } from '../../../lib/api-client';
import {
  markFavourite,
  restoreLibraries,
  snapshotLibraries,
} from '../api/photo-cache';
import { updatePhoto, type Photo } from '../api/photos-api';

interface FavouriteChange {
  photo: Photo;
  favourite: boolean;
}

// The heart changes at once; if the server refuses, every listing goes back
// to what it showed before and the person is told why.
export function useFavourite() {
  const queryClient = useQueryClient();
  const showToast = useToast();
  const mutation = useMutation({
    mutationFn: ({ photo, favourite }: FavouriteChange) =>
      updatePhoto(photo.id, { favourite }),
    onMutate: ({ photo, favourite }) => {
      const snapshot = snapshotLibraries(queryClient);
      markFavourite(queryClient, photo, favourite);
      return snapshot;
    },
    onError: (error, _, snapshot) => {
      if (snapshot) {
        restoreLibraries(queryClient, snapshot);
      }
      showToast({ message: errorMessage(error) });
    },
    // Favourites loaded while the change was on its way may lack the photo.
    onSuccess: (photo) => markFavourite(queryClient, photo, !!photo.favourite),
  });
  return (photo: Photo) =>
    mutation.mutate({ photo, favourite: !photo.favourite });
}
