import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  photoContentQueryOptions,
  type Photo,
} from '../../photos/api/photos-api';
import { saveBlob } from '../utils/save-blob';

/** Saves a photo's original bytes, reusing them if the viewer has them. */
export function useDownloadOriginal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (photo: Photo) => {
      const blob = await queryClient.fetchQuery(
        photoContentQueryOptions(photo.id, 'original'),
      );
      saveBlob(blob, photo.fileName);
    },
  });
}
