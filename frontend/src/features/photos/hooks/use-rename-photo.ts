import { useMutation, useQueryClient } from '@tanstack/react-query';
import { photoMonth } from '../../timeline/utils/group-by-month';
import { refreshTimeline, replaceInLibraries } from '../api/photo-cache';
import { updatePhoto } from '../api/photos-api';

/** Renames a photo; the server cleans the name and answers what it kept. */
export function useRenamePhoto(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileName: string) => updatePhoto(id, { fileName }),
    onSuccess: (photo) => {
      replaceInLibraries(queryClient, photo);
      refreshTimeline(queryClient, [photoMonth(photo)]);
    },
  });
}
